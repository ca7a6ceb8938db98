package org.triagegateway.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.triagegateway.audit.AuditEntry;
import org.triagegateway.household.HouseholdSummary;
import org.triagegateway.security.Role;
import org.triagegateway.security.SignedIn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff pages' models: public records, which is what Thymeleaf's expressions can read. */
public final class StaffPages {

    private StaffPages() {
    }

    /** Who is signed in, their session's form token, and where they can go. */
    @Introspected
    /**
     * What every signed-in page shows: who, their navigation, and the session's token for forms.
     *
     * @param username for the script that keeps typed answers: put back only for the same person
     * @param sessionSeconds how long the session lasts unused, for the warning before it ends
     */
    public record Chrome(String name, String role, String csrf, List<NavItem> nav, String username, long sessionSeconds) {

        static Chrome of(SignedIn who, String current) {
            List<NavItem> nav = new ArrayList<>();
            nav.add(new NavItem("/staff", "Home", current.equals("/staff")));
            if (who.role() == Role.ADVISER || who.role() == Role.VISITING_OFFICER) {
                nav.add(new NavItem("/staff/households", "Find a household", current.startsWith("/staff/households")));
            }
            if (who.role() == Role.COUNCIL_OFFICER || who.role() == Role.JOBCENTRE_OFFICER) {
                nav.add(new NavItem("/staff/inbox", "Inbox", current.startsWith("/staff/inbox")));
            }
            if (who.role() == Role.ADMINISTRATOR) {
                nav.add(new NavItem("/staff/accounts", "Staff accounts", current.startsWith("/staff/accounts")));
            }
            if (who.role() == Role.ADMINISTRATOR || who.role() == Role.COMPLIANCE_OFFICER) {
                nav.add(new NavItem("/staff/audit", "Audit trail", current.startsWith("/staff/audit")));
            }
            return new Chrome(who.displayName(), who.role().label(), who.csrfToken(), List.copyOf(nav), who.username(),
                    who.idleSeconds());
        }
    }

    /**
     * A household found, with enough to tell it from another: the claimant's name, date of birth and
     * the home's postcode (each household found is in the audit trail).
     */
    @Introspected
    public record FoundRow(String reference, String claimant, String born, @Nullable String postcode, int people) {
    }

    @Introspected
    public record WaitingRow(String reference, String why) {
    }

    @Introspected
    public record NavItem(String href, String text, boolean current) {
    }

    /** An error for the summary at the top and beside its field. */
    @Introspected
    public record FieldError(String field, String message) {
    }

    /**
     * @param errorFor each field's error, for the message beside it
     * @param returnTo the staff page to go back to once signed in, or null for the home page
     */
    @Introspected
    public record SignInPage(@Nullable Chrome chrome, String csrf, String username, List<FieldError> errors,
                             Map<String, String> errorFor, @Nullable String notice, @Nullable String returnTo) {

        SignInPage(String csrf, String username, List<FieldError> errors, @Nullable String notice, @Nullable String returnTo) {
            this(null, csrf, username, errors, byField(errors), notice, returnTo);
        }
    }

    @Introspected
    /** @param waiting for an adviser: cases an agency asked more about, or with changes not sent yet */
    public record HomePage(Chrome chrome, String roleLabel, List<WaitingRow> waiting) {
    }

    @Introspected
    /** @param self the administrator's own account, which they cannot switch off */
    public record AccountRow(long id, String username, String displayName, String role, boolean councilOfficer,
                             @Nullable String council, String status, boolean locked, boolean active, boolean self) {
    }

    @Introspected
    public record AccountsPage(Chrome chrome, List<AccountRow> accounts, @Nullable String notice, List<Option> councils) {
    }

    /** A radio: its value, label, whether it is chosen, and a hint or null. */
    @Introspected
    public record Option(String value, String label, boolean checked, @Nullable String hint) {
    }

    @Introspected
    public record NewAccountPage(Chrome chrome, Map<String, String> values, List<Option> roles, List<Option> councils,
                                 List<FieldError> errors, Map<String, String> errorFor) {

        NewAccountPage(Chrome chrome, Map<String, String> values, List<Option> roles, List<Option> councils, List<FieldError> errors) {
            this(chrome, values, roles, councils, errors, byField(errors));
        }
    }

    static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        return byField;
    }

    /**
     * @param typed what was typed in each field, kept
     * @param found the households a search found; null before a search
     */
    @Introspected
    public record FindPage(Chrome chrome, Map<String, String> typed, List<FieldError> errors, Map<String, String> errorFor,
                           @Nullable List<FoundRow> found) {

        FindPage(Chrome chrome, Map<String, String> typed, List<FieldError> errors, @Nullable List<FoundRow> found) {
            this(chrome, typed, errors, byField(errors), found);
        }
    }

    @Introspected
    /** @param household the household whose trail this is, or null for the latest entries of all */
    public record AuditPage(Chrome chrome, List<AuditEntry> entries, @Nullable Boolean intact, long checked,
                            @Nullable String finding, @Nullable String household) {
    }

    /**
     * One household value on a form: its GOV.UK pattern (kind), who it is about (section), the
     * question, a hint or null, the choices for radios, what is typed in its inputs, its error or null,
     * and what to check about the value typed, if it is rarely right (household.Plausibility), or null.
     */
    @Introspected
    public record FormField(String name, String kind, String section, String legend, @Nullable String hint,
                            List<Option> options, Map<String, String> typed, @Nullable String error, @Nullable String doubt) {
    }

    /**
     * The questions the rules still ask, or one value to change, on one form.
     *
     * @param facts the fields' names, sent back with the answers
     * @param change whether this is the change page for one value (a blank takes it away) or the questions
     * @param doubts values typed that are rarely right, to check before they are saved
     * @param sure hidden inputs saying those values were checked: sent again, they are saved
     * @param at this page's own address, to come back to with what was typed if the session ends
     */
    @Introspected
    public record AnswersPage(Chrome chrome, String reference, long version, String heading, List<FormField> fields,
                              String facts, boolean change, List<FieldError> errors, String back,
                              List<FieldError> doubts, Map<String, String> sure, String at) {
    }

    @Introspected
    public record RecordRow(String label, String value, String change) {
    }

    /**
     * A form of a few questions that makes or adds something: a new household, a person, a job.
     *
     * @param hidden inputs sent back as they are
     */
    @Introspected
    public record FormPage(Chrome chrome, String caption, String heading, String intro, String action, Map<String, String> hidden,
                           List<FormField> fields, String button, String back, List<FieldError> errors) {
    }

    /** Every version of a household, newest first, each with who made it, when, and what it changed. */
    @Introspected
    public record HistoryPage(Chrome chrome, String reference, List<VersionRow> versions, boolean older) {
    }

    /** @param by who made it, or "Someone (not recorded)" for versions from before it was recorded */
    @Introspected
    public record VersionRow(long version, String when, String by, List<SharePages.ChangeRow> changes) {
    }

    /**
     * Asks to confirm taking something out of the record.
     *
     * @param item its form name, "people-1"; @param what it in words, "Partner (Ben Okafor)"
     * @param also what goes with it, in words
     * @param notice why it is asked again, or null
     */
    @Introspected
    public record RemovePage(Chrome chrome, String reference, long version, String item, String what, List<String> also,
                             @Nullable String notice) {
    }

    @Introspected
    /** @param actions what can be done to the whole section: add a job to a person, remove a job */
    public record RecordSection(String title, List<RecordRow> rows, List<Action> actions) {

        public RecordSection(String title, List<RecordRow> rows) {
            this(title, rows, List.of());
        }
    }

    /** A link that does something to a part of the record: "Add a job", with who it is for for a screen reader. */
    @Introspected
    public record Action(String href, String text, String about) {
    }

    @Introspected
    public record RecordPage(Chrome chrome, String reference, long version, List<RecordSection> sections) {
    }

    /**
     * A value someone else changed while this adviser was answering: as it was, as it is, and their answer.
     *
     * @param changedBy who changed it last, and when: "Amina Khan, 8 December 2026 at 1:05am"; null if nobody did
     */
    @Introspected
    public record ConflictRow(String section, String label, String started, String now, String yours, boolean clash,
                              @Nullable String changedBy) {
    }

    /**
     * @param answers every field of the adviser's answers, to send them again as they were
     * @param gone the answers about a person or job that is no longer in the record
     */
    @Introspected
    public record ConflictPage(Chrome chrome, String reference, long basedOn, long current, List<ConflictRow> rows,
                               Map<String, String> answers, String facts, boolean change, List<String> gone) {
    }
}
