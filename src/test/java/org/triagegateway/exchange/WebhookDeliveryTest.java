package org.triagegateway.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.triagegateway.Rows;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.audit.AuditEntry;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.Consent;
import org.triagegateway.sharing.ConsentService;
import org.triagegateway.sharing.HowGiven;
import org.triagegateway.sharing.OutboxEntry;
import org.triagegateway.sharing.Purpose;
import org.triagegateway.sharing.Share;
import org.triagegateway.sharing.ShareService;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council's webhook gets each share at least once, with one idempotency key however often it
 * is sent, so the council processes it once: even when the webhook fails, and when it took the
 * share but the answer never came back (as if the service stopped half way).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryTest implements TestPropertyProvider {

    private static final AuditTrail.Actor ADVISER = new AuditTrail.Actor("test-adviser", "Adviser", null);

    /** A stand-in for the council's system: it processes each idempotency key once, and fails when told to. */
    private final HttpServer council;
    private final List<String> arrivals = new CopyOnWriteArrayList<>();
    private final Map<String, String> processed = new ConcurrentHashMap<>();
    private final AtomicInteger failuresToCome = new AtomicInteger();
    private final AtomicInteger processThenFail = new AtomicInteger();

    @Inject
    WebhookDelivery delivery;
    @Inject
    ShareService shares;
    @Inject
    HouseholdService households;
    @Inject
    AssessmentService assessments;
    @Inject
    ConsentService consents;
    @Inject
    AuditTrail audit;
    @Inject
    Rows rows;
    @Inject
    ObjectMapper json;

    WebhookDeliveryTest() throws IOException {
        council = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        council.createContext("/webhook", exchange -> {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-Triage-Signature");
            arrivals.add(key);
            int status;
            if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 503;
            } else if (!signature.equals("sha256=" + WebhookDelivery.sign(body, ExchangeApiTest.COUNCIL_KEY))) {
                status = 401;
            } else {
                processed.putIfAbsent(key, new String(body, StandardCharsets.UTF_8));
                status = processThenFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        council.start();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("triage.exchange.councils.E06000032.webhook", "http://127.0.0.1:" + council.getAddress().getPort() + "/webhook");
    }

    @AfterAll
    void stop() {
        council.stop(0);
    }

    @Test
    void aShareArrivesOnceThoughTheWebhookFailsAndAnAnswerIsLost() throws IOException {
        HouseholdReference reference = HouseholdReference.of(households.create(json.readValue("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "name": "Nia Evans", "dateOfBirth": "1979-07-07"}],
                 "housing": {"tenure": "SOCIAL_RENT", "rent": 95.00, "rentFrequency": "WEEKLY", "council": "Luton"}}""",
                Household.class)).reference());
        assessments.assessAndStore(reference, null);
        for (Agency agency : Agency.values()) {
            consents.record(reference, agency, Purpose.DECIDE_CLAIMS, "Nia Evans", HowGiven.IN_PERSON, "test");
        }
        Share share = shares.send(reference, Agency.COUNCIL, "hb-claim-forwarding", ADVISER);
        Share toJobcentre = shares.send(reference, Agency.JOBCENTRE_PLUS, "identify-possible-claimants", ADVISER);
        assertThat(shares.outboxOf(toJobcentre.id())).as("Jobcentre Plus has no webhook here").isEmpty();
        assertThat(shares.outboxOf(share.id())).hasSize(1);

        failuresToCome.set(1);
        assertThat(delivery.deliverDue()).as("the webhook is down").isZero();
        assertThat(delivery.deliverDue()).as("not due again yet: it waits before trying again").isZero();
        assertThat(shares.outboxOf(share.id()).get(0).lastError()).contains("503");

        processThenFail.set(1);
        dueNow();
        assertThat(delivery.deliverDue()).as("taken, but the answer was lost").isZero();
        dueNow();
        assertThat(delivery.deliverDue()).isEqualTo(1);
        dueNow();
        assertThat(delivery.deliverDue()).as("delivered: never sent again").isZero();

        String key = shares.outboxOf(share.id()).get(0).idempotencyKey().toString();
        assertThat(arrivals).as("sent three times, with one key").filteredOn(key::equals).hasSize(3);
        assertThat(processed).as("processed once").containsKey(key);
        assertThat(json.readTree(processed.get(key)).path("content").path("household").path("people").get(0).path("name").asText())
                .isEqualTo("Nia Evans");
        assertThat(audit.forRecord("household", reference.display(), 50)).extracting(AuditEntry::action)
                .containsOnlyOnce("deliver-share");

        // consent to see evidence withdrawn: the council's system is told to stop using the share's evidence
        Consent evidence = consents.record(reference, Agency.COUNCIL, Purpose.EVIDENCE, "Nia Evans", HowGiven.IN_PERSON, "test");
        consents.withdraw(reference, evidence.id(), "test", HowGiven.BY_PHONE);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        JsonNode evidenceNotice = json.readTree(processed.get(shares.outboxOf(share.id()).stream()
                .filter(e -> e.kind() == OutboxEntry.Kind.EVIDENCE_WITHDRAWN).findFirst().orElseThrow().idempotencyKey().toString()));
        assertThat(evidenceNotice.path("kind").asText()).isEqualTo("evidence-consent-withdrawn");
        assertThat(evidenceNotice.path("shareId").asText()).isEqualTo(share.id().toString());
        assertThat(evidenceNotice.has("content")).as("nothing about the household").isFalse();

        // consent withdrawn: the council's system is told to stop using the share, and told nothing more
        consents.withdraw(reference, consents.of(reference).stream()
                .filter(c -> c.agency() == Agency.COUNCIL && c.purpose() == Purpose.DECIDE_CLAIMS).findFirst()
                .orElseThrow().id(), "test", HowGiven.IN_PERSON);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        String notice = shares.outboxOf(share.id()).stream().filter(e -> e.kind() == OutboxEntry.Kind.WITHDRAWN).findFirst()
                .orElseThrow().idempotencyKey().toString();
        JsonNode withdrawn = json.readTree(processed.get(notice));
        assertThat(withdrawn.path("kind").asText()).isEqualTo("consent-withdrawn");
        assertThat(withdrawn.path("shareId").asText()).isEqualTo(share.id().toString());
        assertThat(withdrawn.has("content")).as("nothing about the household").isFalse();
        assertThat(audit.forRecord("household", reference.display(), 50)).extracting(AuditEntry::action)
                .contains("deliver-evidence-withdrawal", "deliver-withdrawal");
    }

    /** Time passes: what is waiting to be tried again is due. */
    private void dueNow() {
        rows.execute("UPDATE share_outbox SET next_attempt_at = now() - interval '1 second' WHERE delivered_at IS NULL");
    }
}
