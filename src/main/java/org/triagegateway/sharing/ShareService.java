package org.triagegateway.sharing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.assessment.StoredAssessment;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.documents.EvidenceService;
import org.triagegateway.documents.EvidenceSummary;
import org.triagegateway.forms.AssessmentSummaryPdf;
import org.triagegateway.forms.ClaimForms;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.Evaluation;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sharing a household with an agency: only with the claimant's consent and a legal gateway, only
 * what the agency's benefits need, frozen as it was sent; and the agency's side, seeing only its
 * own shares. Every step is in the audit trail under the household.
 */
@Singleton
public class ShareService {

    static final String AUDIT_RECORD = "household";

    private final Shares shares;
    private final ShareDocuments documents;
    private final SharingRules rules;
    private final ConsentService consents;
    private final HouseholdService households;
    private final AssessmentService assessments;
    private final EvidenceService evidence;
    private final ClaimForms forms;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final AgencyEndpoints endpoints;
    private final HouseholdCouncil councils;
    private final ObjectMapper json;
    private final Clock clock;

    ShareService(Shares shares, ShareDocuments documents, SharingRules rules, ConsentService consents, HouseholdService households,
                 AssessmentService assessments, EvidenceService evidence, ClaimForms forms, AuditTrail audit, Outbox outbox,
                 AgencyEndpoints endpoints, HouseholdCouncil councils, ObjectMapper json, Clock clock) {
        this.shares = shares;
        this.documents = documents;
        this.rules = rules;
        this.consents = consents;
        this.households = households;
        this.assessments = assessments;
        this.evidence = evidence;
        this.forms = forms;
        this.audit = audit;
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.councils = councils;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a share sends: the household values the agency's benefits need, their results, the legal
     * gateway, and the documents' names.
     */
    public record Content(JsonNode household, LocalDate assessmentDate, List<BenefitResult> results, LawfulBasis lawfulBasis,
                          List<String> documents, @Nullable List<Change> changes) {

        /** For an update: what changed since the share it follows. Empty for a first share. */
        public Content {
            changes = changes == null ? List.of() : changes;
        }
    }

    /** Why a share was not sent, in words for the adviser. */
    public static class RefusedShareException extends RuntimeException {
        public RefusedShareException(String reason) {
            super(reason);
        }
    }

    /**
     * Sends the household's latest assessment to the agency: for the council, to the council of the
     * household's home.
     *
     * @throws RefusedShareException without consent to share with the agency for deciding claims, without
     *         a legal gateway for it, when the latest assessment is not of the record as it is now, or when
     *         the home's council is not known
     */
    @Transactional
    public Share send(HouseholdReference reference, Agency agency, @Nullable String lawfulBasis, AuditTrail.Actor by) {
        return send(reference, agency, lawfulBasis, by, null);
    }

    /**
     * The same, once for each submission of the share page: pressed twice, the second finds the share the
     * first made (both wait for the household's lock, so they never both make one).
     */
    @Transactional
    public Share send(HouseholdReference reference, Agency agency, @Nullable String lawfulBasis, AuditTrail.Actor by,
                      @Nullable UUID submission) {
        // consent cannot be withdrawn between this check and the share being written (ConsentService.withdraw)
        households.lock(reference);
        Optional<Share> made = submission == null ? Optional.empty()
                : shares.findBySubmissionAndHouseholdReference(submission, reference.value());
        if (made.isPresent()) {
            return made.get();
        }
        Checked checked = checked(reference, agency, lawfulBasis);
        Share share = create(checked.household(), checked.recipient(), rules.lawfulBasis(lawfulBasis).orElseThrow(), checked.latest(),
                by, null, List.of(), submission);
        audit.record(by, "share-with-" + agency.slug(), AUDIT_RECORD, reference.value());
        return share;
    }

    /**
     * What changed, among the values an agency gets, since the share it was last sent: an update
     * waiting for the adviser to look at and send.
     *
     * @param follows the share the update follows, whose legal gateway it goes under
     * @param recipient null, with no changes, for a share that names no council (ADR 0009)
     */
    public record UnsentUpdate(Share follows, @Nullable Recipient recipient, List<Change> changes) {
    }

    /**
     * The updates that would go now, one for each agency that was sent the household, may still be,
     * and has values that changed since. Nothing is sent or written.
     */
    @ReadOnly
    public List<UnsentUpdate> unsent(HouseholdReference reference) {
        return updates(households.get(reference)).stream().filter(u -> !u.changes().isEmpty()).toList();
    }

    /**
     * Sends each update {@link #unsent} finds, naming the share it follows and what changed, under the
     * same legal gateway, with today's results for the record as it is now (assessed again if need be). An agency none of whose values changed gets nothing, and is not
     * looked at again for this version.
     */
    @Transactional
    public List<Share> sendUpdates(HouseholdReference reference, AuditTrail.Actor by) {
        households.lock(reference);
        StoredHousehold household = households.get(reference);
        // an update goes with today's results: a record last assessed yesterday is assessed again first
        StoredAssessment latest = current(reference).orElseGet(() -> assessments.assessAndStore(reference, null));
        List<Share> sent = new ArrayList<>();
        for (UnsentUpdate update : updates(household)) {
            if (update.changes().isEmpty()) {
                shares.checked(update.follows().id(), household.version());
                continue;
            }
            LawfulBasis basis = rules.lawfulBasis(update.follows().lawfulBasis()).orElseThrow();
            sent.add(create(household, Objects.requireNonNull(update.recipient()), basis, latest, by, update.follows().id(), update.changes(), null));
            audit.record(by, "share-update-with-" + update.recipient().agency().slug(), AUDIT_RECORD, reference.value());
        }
        return sent;
    }

    /** For each agency whose latest share is of an older version: what changed since, possibly nothing. */
    private List<UnsentUpdate> updates(StoredHousehold household) {
        HouseholdReference reference = HouseholdReference.of(household.reference());
        List<Share> all = shares.findByHouseholdReferenceOrderBySentAtDesc(reference.value());
        List<UnsentUpdate> updates = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            // an update goes where the share it follows went, while consent for that agency stands
            Optional<Share> previous = all.stream().filter(s -> s.agency() == agency && s.withdrawnAt() == null).findFirst()
                    .filter(s -> s.householdVersion() < household.version());
            if (previous.isEmpty() || rules.lawfulBasis(previous.get().lawfulBasis()).isEmpty()) {
                continue;
            }
            Optional<Recipient> recipient = previous.get().recipient();
            if (recipient.isEmpty()) {
                // shared before each council was its own agency, with a home whose council is not known: no update
                updates.add(new UnsentUpdate(previous.get(), null, List.of()));
                continue;
            }
            if (!consents.allows(reference, recipient.get(), Purpose.DECIDE_CLAIMS)) {
                continue;
            }
            JsonNode before = content(previous.get()).household();
            updates.add(new UnsentUpdate(previous.get(), recipient.get(),
                    Change.between(before, rules.minimise(json.valueToTree(household.household()), agency))));
        }
        return updates;
    }

    private Share create(StoredHousehold household, Recipient recipient, LawfulBasis basis, StoredAssessment latest,
                         AuditTrail.Actor by, @Nullable UUID updates, List<Change> changes, @Nullable UUID submission) {
        HouseholdReference reference = HouseholdReference.of(household.reference());
        Agency agency = recipient.agency();
        Set<String> benefits = rules.benefits(agency);
        List<BenefitResult> results = latest.result().benefits().stream().filter(r -> benefits.contains(r.benefit())).toList();
        StoredAssessment forAgency = new StoredAssessment(latest.id(), latest.householdReference(), latest.householdVersion(),
                latest.createdAt(), new Evaluation(latest.result().assessmentDate(), latest.result().ruleBaseVersion(),
                latest.result().parameterSetVersion(), results, List.of()));

        // the documents are made from the values the agency may have, and nothing else
        ObjectNode values = rules.minimise(json.valueToTree(household.household()), agency);
        StoredHousehold minimised = new StoredHousehold(household.reference(), household.version(), household(values),
                household.createdAt(), household.updatedAt());
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        List<ShareDocument> sent = new ArrayList<>();
        sent.add(ShareDocument.made(id, 0, "assessment-summary.pdf", "application/pdf",
                AssessmentSummaryPdf.of(minimised, forAgency, null, by.name(), today)));
        for (String formId : rules.of(agency).forms()) {
            ClaimForms.ClaimForm form = forms.get(formId).orElseThrow();
            sent.add(ShareDocument.made(id, sent.size(), form.id() + ".pdf", "application/pdf",
                    forms.fill(form, minimised, forAgency, consents.of(reference, recipient), by.name(), today)));
        }
        if (consents.allows(reference, recipient, Purpose.EVIDENCE)) {
            for (EvidenceSummary document : evidence.of(reference)) {
                if (rules.of(agency).evidence().contains(document.evidences())) {
                    evidence.get(reference, document.id()).ifPresent(d -> sent.add(ShareDocument.evidence(id,
                            sent.size(), d.fileName(), d.mediaType(), d.content())));
                }
            }
        }
        Content content = new Content(values, latest.result().assessmentDate(), results, basis,
                sent.stream().map(ShareDocument::name).toList(), changes);
        Share share = shares.save(new Share(id, reference.value(), agency, recipient.council(), basis.id(), household.version(), latest.id(),
                write(content), ShareStatus.SENT, by.name(), now(), null, null, null, null, null, updates, null, submission));
        sent.forEach(documents::save);
        if (endpoints.webhook(recipient).isPresent()) {
            // in this transaction: delivered at least once, even if the service stops before it is
            outbox.save(new OutboxEntry(null, id, agency, UUID.randomUUID(), 0, share.sentAt(), null, null, share.sentAt(),
                    OutboxEntry.Kind.SHARE));
        }
        return share;
    }

    /**
     * Whether this share may be sent, without sending it: outside a transaction, so that a refusal
     * can be written to the audit trail.
     *
     * @return the assessment to send
     * @throws RefusedShareException saying why not
     */
    public StoredAssessment check(HouseholdReference reference, Agency agency, @Nullable String lawfulBasis) {
        return checked(reference, agency, lawfulBasis).latest();
    }

    /** What a share that may be sent goes with: the household as it is, who it goes to, and the assessment. */
    private record Checked(StoredHousehold household, Recipient recipient, StoredAssessment latest) {
    }

    private Checked checked(HouseholdReference reference, Agency agency, @Nullable String lawfulBasis) {
        StoredHousehold household = households.get(reference);
        Optional<Recipient> recipient = councils.recipient(household.household(), agency);
        if (recipient.isEmpty()) {
            throw new RefusedShareException("We do not know which council this household's home is in, so we cannot tell "
                    + "which council to share with. Add the home's postcode or council to the record first.");
        }
        if (!consents.allows(reference, recipient.get(), Purpose.DECIDE_CLAIMS)) {
            throw new RefusedShareException("The claimant has not consented to share with " + councils.label(recipient.get())
                    + " for deciding claims. Record their consent first.");
        }
        if (lawfulBasis == null || rules.lawfulBasis(lawfulBasis).filter(b -> b.agency() == agency).isEmpty()) {
            throw new RefusedShareException("Choose the legal gateway that allows sharing with " + agency.label() + ".");
        }
        StoredAssessment latest = current(reference).orElseThrow(() -> new RefusedShareException("The record has changed since "
                + "it was last assessed, or was last assessed for another day: assess it again first, so the agency gets today's "
                + "results for the record as it is."));
        return new Checked(household, recipient.get(), latest);
    }

    /** The latest assessment, if it is of the record as it is now and for today: never a what-if for another date. */
    private Optional<StoredAssessment> current(HouseholdReference reference) {
        long version = households.get(reference).version();
        LocalDate today = LocalDate.now(clock);
        return assessments.list(reference).stream().findFirst()
                .filter(a -> a.householdVersion() == version && a.result().assessmentDate().equals(today));
    }

    /**
     * Households shared before, assessed since, and not changed after {@code quietSince}: where a
     * change of circumstances the adviser did not send themselves may need sending.
     */
    @ReadOnly
    public List<HouseholdReference> changedSinceShared(Instant quietSince) {
        return shares.changedSinceShared(quietSince).stream().map(HouseholdReference::of).toList();
    }

    /**
     * A case waiting for an adviser: an agency asked for more, or changes have not been sent yet.
     *
     * @param why in words, with no personal data: "Jobcentre Plus asked for more information"
     */
    public record Waiting(HouseholdReference household, String why) {
    }

    /** Cases waiting for an adviser, at most 50 of each kind: what agencies asked for first, then changes not sent. */
    @ReadOnly
    public List<Waiting> waiting() {
        List<Waiting> waiting = new ArrayList<>();
        for (Share share : shares.askedForMore()) {
            waiting.add(new Waiting(HouseholdReference.of(share.householdReference()),
                    share.recipient().map(councils::label).map(ShareService::capitalised).orElse(share.agency().label())
                            + " asked for more information"));
        }
        // changed since shared, however recently: what the adviser may send now
        for (HouseholdReference household : changedSinceShared(Instant.now(clock).plus(Duration.ofDays(1)))) {
            List<UnsentUpdate> unsent = unsent(household);
            if (!unsent.isEmpty()) {
                waiting.add(new Waiting(household, "Changes not sent yet to " + String.join(" and ", unsent.stream()
                        .map(u -> councils.label(u.recipient())).toList())));
            }
        }
        return waiting;
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An agency's shares, newest first, without those whose consent was withdrawn. */
    @ReadOnly
    public List<Share> inbox(Recipient agency) {
        return shares.inbox(agency.agency(), agency.councilKey());
    }

    /** The adviser's view: every share of the household, withdrawn ones included. */
    @ReadOnly
    public List<Share> of(HouseholdReference reference) {
        return shares.findByHouseholdReferenceOrderBySentAtDesc(reference.value());
    }

    /** An officer opens a share of their agency: the first opening marks it opened. */
    @Transactional
    public Optional<Share> open(UUID id, Recipient agency, AuditTrail.Actor by) {
        Optional<Share> share = visible(id, agency);
        share.ifPresent(s -> {
            shares.markOpened(id, by.name(), now());
            audit.record(by, "open-share", AUDIT_RECORD, s.householdReference());
        });
        return share.flatMap(s -> visible(id, agency));
    }

    private Optional<Share> visible(UUID id, Recipient agency) {
        return shares.visible(id, agency.agency(), agency.councilKey());
    }

    @Transactional
    public boolean accept(UUID id, Recipient agency, AuditTrail.Actor by) {
        return decide(id, agency, by, ShareStatus.ACCEPTED, null, "accept-share");
    }

    /** Sends the share back to the adviser, saying what else the agency needs: it shows as a to-do for them. */
    @Transactional
    public boolean askForMore(UUID id, Recipient agency, AuditTrail.Actor by, String what) {
        return decide(id, agency, by, ShareStatus.MORE_INFORMATION_REQUESTED, what, "return-share");
    }

    private boolean decide(UUID id, Recipient agency, AuditTrail.Actor by, ShareStatus status, @Nullable String what, String action) {
        Optional<Share> share = visible(id, agency);
        share.ifPresent(s -> {
            shares.update(id, status, by.name(), now(), what);
            audit.record(by, action, AUDIT_RECORD, s.householdReference());
        });
        return share.isPresent();
    }

    /** A share by its id, for the share an update follows. */
    @ReadOnly
    public Optional<Share> find(UUID id) {
        return shares.findById(id);
    }

    /** The shares an agency's system has not acknowledged yet, oldest first. */
    @ReadOnly
    public List<Share> unacknowledged(Recipient agency) {
        return shares.unacknowledged(agency.agency(), agency.councilKey());
    }

    /** The agency's system says it has the share: once is enough, and saying it again changes nothing. */
    @Transactional
    public boolean acknowledge(UUID id, Recipient agency, AuditTrail.Actor by) {
        Optional<Share> share = visible(id, agency);
        share.filter(s -> s.acknowledgedAt() == null).ifPresent(s -> {
            shares.acknowledge(id, now());
            audit.record(by, "acknowledge-share", AUDIT_RECORD, s.householdReference());
        });
        return share.isPresent();
    }

    /**
     * Something to deliver to a webhook: the outbox entry, its share, and what the share carries
     * (null for a notice of withdrawal, which carries nothing about the household).
     */
    public record Delivery(OutboxEntry entry, Share share, @Nullable Content content) {

        /** A notice of withdrawal, of either consent. */
        public boolean withdrawal() {
            return entry.kind() != OutboxEntry.Kind.SHARE;
        }
    }

    /**
     * Leases the next delivery that is due (see {@link Outbox#lease}), for as long as one delivery
     * can take. A share whose consent was withdrawn is never delivered; the notice of withdrawal is.
     */
    @Transactional
    public Optional<Delivery> nextDelivery(Duration lease) {
        Instant now = now();
        for (OutboxEntry entry : outbox.lease(now, now.plus(lease), 1)) {
            if (entry.kind() != OutboxEntry.Kind.SHARE) {
                return shares.findById(entry.shareId()).map(s -> new Delivery(entry, s, null));
            }
            Optional<Share> share = shares.findById(entry.shareId()).filter(s -> s.withdrawnAt() == null);
            if (share.isPresent()) {
                return Optional.of(new Delivery(entry, share.get(), content(share.get())));
            }
            outbox.cancelled(entry.id(), now);
        }
        return Optional.empty();
    }

    /** Whether it may still go: a share only while consent stands, checked again just before each attempt. */
    @ReadOnly
    public boolean stillToSend(Delivery delivery) {
        return delivery.withdrawal()
                || shares.findById(delivery.share().id()).filter(s -> s.withdrawnAt() == null).isPresent();
    }

    @Transactional
    public void delivered(Delivery delivery, AuditTrail.Actor by) {
        if (outbox.delivered(delivery.entry().id(), now()) == 1) {
            String action = switch (delivery.entry().kind()) {
                case SHARE -> "deliver-share";
                case WITHDRAWN -> "deliver-withdrawal";
                case EVIDENCE_WITHDRAWN -> "deliver-evidence-withdrawal";
            };
            audit.record(by, action, AUDIT_RECORD,
                    delivery.share().householdReference());
        }
    }

    /** Tries again later, waiting longer after each failure: 10 seconds, 20, 40, up to an hour. */
    @Transactional
    public void failed(Delivery delivery, String why) {
        long wait = Math.min(3600, 10L << Math.min(delivery.entry().attempts() - 1, 20));
        outbox.failed(delivery.entry().id(), now().plusSeconds(wait), why.length() > 500 ? why.substring(0, 500) : why);
    }

    @ReadOnly
    public List<OutboxEntry> outboxOf(UUID shareId) {
        return outbox.findByShareId(shareId);
    }

    /** The documents of a share the agency may see: names and types only. */
    @ReadOnly
    public List<ShareDocument> documents(Share share) {
        return documents.listed(share.id());
    }

    @Transactional
    public Optional<ShareDocument> download(UUID shareId, UUID documentId, Recipient agency, AuditTrail.Actor by) {
        return visible(shareId, agency)
                .flatMap(s -> documents.findByIdAndShareIdAndWithdrawnAtIsNull(documentId, shareId).map(d -> {
                    audit.record(by, "download-shared-document", AUDIT_RECORD, s.householdReference());
                    return d;
                }));
    }

    private Household household(JsonNode values) {
        try {
            return json.treeToValue(values, Household.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the agency sees of a share: as it was sent, naming only the documents it may still see. */
    public Content content(Share share) {
        try {
            Content sent = json.readValue(share.content(), Content.class);
            return new Content(sent.household(), sent.assessmentDate(), sent.results(), sent.lawfulBasis(),
                    documents(share).stream().map(ShareDocument::name).toList(), sent.changes());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Content content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }


    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
