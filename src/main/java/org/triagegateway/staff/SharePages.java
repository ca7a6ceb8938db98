package org.triagegateway.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.triagegateway.household.FactLabels;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Household;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.Change;
import org.triagegateway.sharing.Share;
import org.triagegateway.sharing.ShareStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The sharing pages' models (public records, for Thymeleaf) and the words they share. */
public final class SharePages {

    private SharePages() {
    }

    /**
     * What the adviser is about to send one agency, and whether they may.
     *
     * @param agency the agency's slug in addresses ("council", "jobcentre-plus")
     * @param bases the legal gateways to choose from
     */
    @Introspected
    public record SendPage(StaffPages.Chrome chrome, String reference, String agency, String agencyLabel, boolean consent,
                           boolean evidenceConsent, List<String> benefits, List<String> aboutEachPerson,
                           List<String> aboutTheHousehold, List<String> documents,
                           List<StaffPages.Option> bases, List<StaffPages.FieldError> errors, String submission) {
    }

    /**
     * A share as the adviser sees it on the household page.
     *
     * @param update whether it is an update following an earlier share
     */
    @Introspected
    public record ShareRow(String agency, boolean update, String sent, String status, String statusClass,
                           @Nullable String moreInformation, boolean withdrawn) {
    }

    /** Changes the adviser has not sent yet to one agency: "the Luton council benefits office". */
    @Introspected
    public record UnsentRow(String agency, List<ChangeRow> changes) {
    }

    @Introspected
    public record InboxRow(String id, String reference, String sent, String status, String statusClass) {
    }

    @Introspected
    public record InboxPage(StaffPages.Chrome chrome, String agency, List<InboxRow> shares) {
    }

    @Introspected
    public record DocumentLink(String id, String name) {
    }

    /**
     * One share for an officer of the agency it was sent to.
     *
     * @param values what was sent about the household, by person and topic
     */
    @Introspected
    public record SharePage(StaffPages.Chrome chrome, String id, String reference, String agency, String sent, String status,
                            String statusClass, String lawfulBasis, String permits, String source, List<HouseholdPage.Card> results,
                            List<StaffPages.RecordSection> values, List<DocumentLink> documents, @Nullable String moreInformation,
                            boolean decided, @Nullable String updates, List<ChangeRow> changes, List<StaffPages.FieldError> errors) {
    }

    /** A value that changed since the share an update follows. */
    @Introspected
    public record ChangeRow(String section, String label, String before, String after) {
    }

    static Optional<Agency> agency(String slug) {
        for (Agency agency : Agency.values()) {
            if (agency.slug().equals(slug)) {
                return Optional.of(agency);
            }
        }
        return Optional.empty();
    }

    static String sent(Share share) {
        return HouseholdPage.when(share.sentAt()) + " by " + share.sentBy();
    }

    static String statusClass(ShareStatus status) {
        return switch (status) {
            case SENT -> "govuk-tag--blue";
            case OPENED -> "govuk-tag--light-blue";
            case ACCEPTED -> "govuk-tag--green";
            case MORE_INFORMATION_REQUESTED -> "govuk-tag--yellow";
        };
    }

    /** @param agency who it went to, in words: "the Luton council benefits office" */
    static ShareRow row(Share share, String agency) {
        boolean withdrawn = share.withdrawnAt() != null;
        return new ShareRow(agency, share.updates() != null, sent(share), withdrawn ? "Consent withdrawn" : share.status().label(),
                withdrawn ? "govuk-tag--grey" : statusClass(share.status()), share.moreInformation(), withdrawn);
    }

    /** Each change in words, with the person or part of the household it is about. */
    static List<ChangeRow> changes(List<Change> changes, Household household) {
        return changes(changes, household, household);
    }

    /** The same, where a value taken away is named as it was: "Child 2 (Ada)", not "Person 4". */
    static List<ChangeRow> changes(List<Change> changes, Household before, Household after) {
        List<ChangeRow> rows = new ArrayList<>();
        for (Change change : changes) {
            FactPath.parse(change.value()).ifPresent(path -> {
                FactField field = new FactField(path);
                rows.add(new ChangeRow(FactLabels.section(path, change.after() == null ? before : after), FactLabels.label(path),
                        field.display(Optional.ofNullable(change.before())), field.display(Optional.ofNullable(change.after()))));
            });
        }
        return rows;
    }

    /** What is sent about each person, by name: "Date of birth", "Pay from work". */
    static List<String> aboutEachPerson(Set<String> values) {
        return values.stream().filter(v -> v.startsWith("people.")).map(v -> v.substring("people.".length()))
                .filter(v -> !v.equals("id") && !v.equals("role")).map(v -> FactLabels.label("Person", v)).toList();
    }

    /** What is sent about the household: "The home: everything about it", "The home: council area". */
    static List<String> aboutTheHousehold(Set<String> values) {
        List<String> words = new ArrayList<>();
        for (String value : values) {
            String[] parts = value.split("\\.");
            if (parts[0].equals("people")) {
                continue;
            }
            String whole = FactLabels.label("Household", parts[0]);
            words.add(parts.length == 1 ? whole : whole.replace(": everything about it", "") + ": "
                    + lower(FactLabels.label(Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1), parts[1])));
        }
        return words;
    }

    private static String lower(String words) {
        if (words.startsWith("National Insurance")) {
            return words;
        }
        return words.substring(0, 1).toLowerCase(Locale.UK) + words.substring(1);
    }
}
