package org.triagegateway.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.triagegateway.assessment.StoredAssessment;
import org.triagegateway.documents.EvidenceSummary;
import org.triagegateway.household.Household;
import org.triagegateway.household.Person;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.rules.BenefitResult.MissingFact;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.Pounds;
import org.triagegateway.rules.facts.Decision.Status;
import org.triagegateway.sharing.Consent;
import org.triagegateway.sharing.Recipient;
import org.triagegateway.sharing.Share;
import org.triagegateway.sharing.ShareStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Map;

/**
 * One household for an adviser: who is in it, the latest assessment with every figure's working
 * and legal reference, and what is still to be asked, as a to-do list.
 *
 * @param assessment null until the household has been assessed
 * @param current whether the assessment is of the household's current version
 * @param betterOff the better-off figure's HTML (built from escaped text), for a claimant below State Pension age
 * @param notice what was just saved, or null
 * @param unsent changes the agencies sent the household have not been sent yet
 * @param unsentGoAfter how long after the last change those go by themselves: "1 hour"
 */
@Introspected
public record HouseholdPage(StaffPages.Chrome chrome, String reference, long version, List<PersonRow> people,
                            List<ConsentRow> consents, List<DocumentRow> evidence, @Nullable String assessedOn, boolean current, List<Card> cards,
                            List<ToDo> toDo, @Nullable String betterOff, @Nullable String notice, List<FormLink> forms,
                            List<SharePages.ShareRow> shares, List<SharePages.UnsentRow> unsent, String unsentGoAfter) {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Introspected
    public record PersonRow(String role, String name, String dateOfBirth, int age) {
    }

    @Introspected
    public record ConsentRow(String id, String agency, String purpose, String covers, String givenBy, String how,
                             String recorded, @Nullable String withdrawn, boolean active) {
    }

    @Introspected
    public record DocumentRow(String id, String name, String evidences, String type, String size, String uploaded) {
    }

    @Introspected
    public record Card(String id, String name, String status, String statusClass, @Nullable String amount, String agency,
                       List<String> reasons, List<Step> steps, List<String> evidence) {
    }

    @Introspected
    public record Step(String text, String legalReference, @Nullable String amount) {
    }

    /** A claim form to download, and whether the claimant's consent allows it. */
    @Introspected
    public record FormLink(String id, String title, String agency, boolean allowed) {
    }

    /** A fact still missing, and the benefits that wait for it. */
    @Introspected
    public record ToDo(String fact, String question, List<String> benefits) {
    }

    /** @param agencyLabel names who consent is for: "the Luton council benefits office" */
    static HouseholdPage of(StaffPages.Chrome chrome, StoredHousehold stored, List<Consent> given,
                            Function<Recipient, String> agencyLabel, List<EvidenceSummary> documents,
                            @Nullable StoredAssessment assessment, LocalDate today, @Nullable String betterOff,
                            @Nullable String notice, List<FormLink> forms, List<Share> sent,
                            List<SharePages.UnsentRow> unsent, String unsentGoAfter) {
        Household household = stored.household();
        List<PersonRow> people = household.people().stream().map(p -> person(p, today)).toList();
        List<ConsentRow> consents = given.stream().map(c -> consent(c, c.recipient().map(agencyLabel)
                .orElse(c.agency().label() + " (which council is not known)"))).toList();
        List<DocumentRow> evidence = documents.stream().map(HouseholdPage::document).toList();
        List<SharePages.ShareRow> shares = sent.stream()
                .map(s -> SharePages.row(s, s.recipient().map(agencyLabel).orElse(s.agency().label()))).toList();
        if (assessment == null) {
            return new HouseholdPage(chrome, stored.reference(), stored.version(), people, consents, evidence, null, false, List.of(),
                    List.of(), betterOff, notice, forms, shares, unsent, unsentGoAfter);
        }
        List<Card> cards = new ArrayList<>();
        Map<String, ToDo> toDo = new LinkedHashMap<>();
        for (Share share : sent) {
            if (share.status() == ShareStatus.MORE_INFORMATION_REQUESTED && share.withdrawnAt() == null) {
                toDo.put("share-" + share.id(), new ToDo("share-" + share.id(), share.moreInformation(),
                        List.of(share.agency().label() + ", which asked for it")));
            }
        }
        for (BenefitResult result : assessment.result().benefits()) {
            cards.add(card(result));
            for (MissingFact fact : result.questions()) {
                toDo.computeIfAbsent(fact.fact(), f -> new ToDo(f, fact.question(), new ArrayList<>())).benefits().add(result.name());
            }
        }
        return new HouseholdPage(chrome, stored.reference(), stored.version(), people, consents, evidence,
                DATE.format(assessment.result().assessmentDate()), assessment.householdVersion() == stored.version(),
                cards, List.copyOf(toDo.values()), betterOff, notice, forms, shares, unsent, unsentGoAfter);
    }

    private static PersonRow person(Person p, LocalDate today) {
        return new PersonRow(label(p.role().name()), p.name() == null ? "Not given" : p.name(), DATE.format(p.dateOfBirth()),
                Period.between(p.dateOfBirth(), today).getYears());
    }

    private static ConsentRow consent(Consent c, String agency) {
        return new ConsentRow(c.id().toString(), agency, c.purpose().label(), c.covers(), c.givenBy(),
                c.howGiven().label(), when(c.givenAt()) + " by " + c.recordedBy(),
                c.withdrawnAt() == null ? null : when(c.withdrawnAt())
                        + (c.withdrawnHow() == null ? "" : ", " + c.withdrawnHow().label().toLowerCase(Locale.UK)) + ", recorded by " + c.withdrawnBy(),
                c.active());
    }

    private static DocumentRow document(EvidenceSummary d) {
        String type = d.mediaType().substring(d.mediaType().indexOf('/') + 1).toUpperCase(Locale.ROOT);
        String size = d.sizeBytes() < 1024 * 1024 ? Math.max(1, d.sizeBytes() / 1024) + " KB"
                : String.format(Locale.UK, "%.1f MB", d.sizeBytes() / (1024.0 * 1024.0));
        return new DocumentRow(d.id().toString(), d.fileName(), d.evidences().label(), type, size,
                when(d.uploadedAt()) + " by " + d.uploadedBy());
    }

    /** "1 hour", "90 minutes", "2 hours". */
    static String words(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        if (minutes % 60 == 0) {
            return minutes == 60 ? "1 hour" : minutes / 60 + " hours";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    static String when(Instant at) {
        return DATE.format(at.atZone(LONDON)) + " at " + TIME.format(at.atZone(LONDON));
    }

    static Card card(BenefitResult r) {
        String amount = r.amount() == null || r.amount().signum() <= 0 ? null : Pounds.gbp(r.amount()) + " a " + r.period();
        List<Step> steps = r.steps().stream()
                .map(s -> new Step(s.text(), s.legalReference(), s.amount() == null ? null : Pounds.gbp(s.amount()))).toList();
        return new Card(r.benefit(), r.name(), r.status().label(), statusClass(r.status()), amount, r.agency(),
                r.reasons(), steps, r.evidence());
    }

    /** GOV.UK tag colours: https://design-system.service.gov.uk/components/tag/ */
    private static String statusClass(Status status) {
        return switch (status) {
            case ELIGIBLE -> "govuk-tag--green";
            case POSSIBLY_ELIGIBLE -> "govuk-tag--yellow";
            case NOT_ELIGIBLE -> "govuk-tag--grey";
            case CALCULATED, NOT_ASSESSED -> "govuk-tag--blue";
        };
    }

    private static String label(String role) {
        String words = role.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
