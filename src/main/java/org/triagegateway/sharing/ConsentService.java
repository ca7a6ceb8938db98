package org.triagegateway.sharing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Consent to share, per agency and purpose: recorded by a member of staff with what it covers,
 * withdrawable at any time. Nothing may be shared without an active one (issue 8's shares ask
 * {@link #allows}).
 */
@Singleton
public class ConsentService {

    private final Consents consents;
    private final Shares shares;
    private final ShareDocuments shareDocuments;
    private final Outbox outbox;
    private final AgencyEndpoints endpoints;
    private final HouseholdService households;
    private final HouseholdCouncil councils;
    private final Clock clock;

    ConsentService(Consents consents, Shares shares, ShareDocuments shareDocuments, Outbox outbox, AgencyEndpoints endpoints,
                   HouseholdService households, HouseholdCouncil councils, Clock clock) {
        this.consents = consents;
        this.shares = shares;
        this.shareDocuments = shareDocuments;
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.households = households;
        this.councils = councils;
        this.clock = clock;
    }

    /** One agency and one purpose that consent is given for. */
    public record Scope(Agency agency, Purpose purpose) {
    }

    /** Several at once, all or none: one for each scope, each withdrawable on its own. */
    @Transactional
    public List<Consent> record(HouseholdReference household, List<Scope> scopes, String givenBy, HowGiven how, String recordedBy) {
        return scopes.stream().map(s -> record(household, s.agency(), s.purpose(), givenBy, how, recordedBy)).toList();
    }

    /**
     * Consent already given, and not withdrawn, for the same agency and purpose is kept as it is: two
     * would mean withdrawing one left the other standing.
     *
     * @param givenBy the person in the household who gave it, by name or role
     * @throws IllegalStateException for the council, where the home's council is not known: the page offers it only where it is
     */
    public Consent record(HouseholdReference household, Agency agency, Purpose purpose, String givenBy, HowGiven how,
                          String recordedBy) {
        Recipient recipient = councils.recipient(households.get(household).household(), agency)
                .orElseThrow(() -> new IllegalStateException("The home's council is not known"));
        Optional<Consent> standing = of(household, recipient).stream().filter(c -> c.active() && c.purpose() == purpose).findFirst();
        if (standing.isPresent()) {
            return standing.get();
        }
        return consents.save(new Consent(UUID.randomUUID(), household.value(), agency, recipient.council(), purpose, givenBy, how,
                purpose.covers(), recordedBy, clock.instant().truncatedTo(ChronoUnit.MICROS), null, null, null));
    }

    /** Newest first, withdrawn ones included. */
    public List<Consent> of(HouseholdReference household) {
        return consents.findByHouseholdReferenceOrderByGivenAtDesc(household.value());
    }

    /** One of the household's consents, withdrawn or not. */
    public Optional<Consent> find(HouseholdReference household, UUID id) {
        return consents.findById(id).filter(c -> c.householdReference().equals(household.value()));
    }

    /**
     * Withdraws consent for what it covered and nothing else. Without consent to decide claims, the
     * agency's officers no longer see anything shared with it (kept for the audit trail only), and
     * nothing more can be sent until consent is given again. Without consent to see evidence, they no
     * longer see the evidence sent with its shares, and new shares carry none; the rest stays.
     *
     * @param how how the person withdrew it
     * @return whether it was active and is now withdrawn
     */
    @Transactional
    public boolean withdraw(HouseholdReference household, UUID id, String withdrawnBy, HowGiven how) {
        // no share is half way through being sent while consent is withdrawn (ShareService.send takes the same lock)
        households.lock(household);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return find(household, id)
                .filter(c -> consents.withdraw(id, now, withdrawnBy, how) == 1)
                .map(c -> {
                    // consent to the council from before each council was its own agency, naming none, covered
                    // whichever council the household's shares went to: all of them stop
                    List<Recipient> covered = c.recipient().map(List::of).orElseGet(() -> councilsSharedWith(household));
                    for (Recipient recipient : covered) {
                        stop(household, recipient, c.purpose(), now);
                    }
                    return true;
                })
                .orElse(false);
    }

    /** What withdrawn consent ends for one agency: its shares (or only their evidence), and its system is told. */
    private void stop(HouseholdReference household, Recipient recipient, Purpose purpose, Instant now) {
        boolean evidence = purpose == Purpose.EVIDENCE;
        // the agency's system is told, for each share its webhook was sent or was to be sent
        if (endpoints.webhook(recipient).isPresent()) {
            for (OutboxEntry sent : outbox.sharesTo(household.value(), recipient.agency(), recipient.councilKey())) {
                outbox.save(new OutboxEntry(null, sent.shareId(), recipient.agency(), UUID.randomUUID(), 0, now, null, null, now,
                        evidence ? OutboxEntry.Kind.EVIDENCE_WITHDRAWN : OutboxEntry.Kind.WITHDRAWN));
            }
        }
        if (evidence) {
            shareDocuments.withdrawEvidence(household.value(), recipient.agency(), recipient.councilKey(), now);
        } else {
            shares.withdraw(household.value(), recipient.agency(), recipient.councilKey(), now);
        }
    }

    private List<Recipient> councilsSharedWith(HouseholdReference household) {
        return shares.findByHouseholdReferenceOrderBySentAtDesc(household.value()).stream()
                .filter(s -> s.agency() == Agency.COUNCIL).flatMap(s -> s.recipient().stream()).distinct().toList();
    }

    /** For the council: for the council of the home as it is now; false where that is not known. */
    public boolean allows(HouseholdReference household, Agency agency, Purpose purpose) {
        return councils.recipient(households.get(household).household(), agency).filter(r -> allows(household, r, purpose)).isPresent();
    }

    /** Consent to share with the council is consent for one council: the one the home was in when it was given. */
    public boolean allows(HouseholdReference household, Recipient recipient, Purpose purpose) {
        return allows(of(household), recipient, purpose);
    }

    /** The same, of consents already read. */
    public static boolean allows(List<Consent> given, Recipient recipient, Purpose purpose) {
        return given.stream().anyMatch(c -> c.active() && c.recipient().filter(recipient::equals).isPresent() && c.purpose() == purpose);
    }

    /** The consents for one agency (one council, for a council), newest first: what its claim forms cite. */
    public List<Consent> of(HouseholdReference household, Recipient recipient) {
        return of(household).stream().filter(c -> c.recipient().filter(recipient::equals).isPresent()).toList();
    }
}
