package org.triagegateway.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.AgencyEndpoints;
import org.triagegateway.sharing.Recipient;
import org.triagegateway.sharing.ShareService;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Delivers shares to the agencies' webhooks from the outbox: at least once (an entry is leased, and
 * falls due again if delivery fails or the service stops half way), each with the same
 * {@code Idempotency-Key} every time, so the agency processes it once. The body is signed with the
 * agency's key ({@code X-Triage-Signature: sha256=<hex HMAC>}).
 */
@Singleton
public class WebhookDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int BATCH = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Longer than one delivery can take (connecting, then sending): each entry is leased on its own. */
    private static final Duration LEASE = TIMEOUT.multipliedBy(3);
    private static final AuditTrail.Actor SYSTEM = new AuditTrail.Actor("webhook-delivery", "System", null);

    private final ShareService shares;
    private final AgencyEndpoints endpoints;
    private final ObjectMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    WebhookDelivery(ShareService shares, AgencyEndpoints endpoints, ObjectMapper json) {
        this.shares = shares;
        this.endpoints = endpoints;
        this.json = json;
    }

    @Scheduled(fixedDelay = "${triage.exchange.delivery-interval:10s}", initialDelay = "${triage.exchange.delivery-interval:10s}")
    void onSchedule() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // the database may be down: the outbox keeps everything for the next run
            LOG.warn("Webhook delivery run failed: {}", e.toString());
        }
    }

    /** @return how many were delivered */
    public int deliverDue() {
        int delivered = 0;
        for (int i = 0; i < BATCH; i++) {
            Optional<ShareService.Delivery> next = shares.nextDelivery(LEASE);
            if (next.isEmpty()) {
                break;
            }
            if (deliver(next.get())) {
                delivered++;
            }
        }
        return delivered;
    }

    /** One attempt; whatever goes wrong is the entry's to try again, never the whole run's. */
    private boolean deliver(ShareService.Delivery delivery) {
        try {
            return post(delivery);
        } catch (RuntimeException e) {
            LOG.warn("Could not deliver share {}: {}", delivery.share().id(), e.toString());
            shares.failed(delivery, e.toString());
            return false;
        }
    }

    private boolean post(ShareService.Delivery delivery) {
        Recipient agency = delivery.share().recipient().orElse(null);
        URI webhook = agency == null ? null : endpoints.webhook(agency).orElse(null);
        if (webhook == null) {
            shares.failed(delivery, "No webhook is configured for " + (agency == null ? "a council not known" : agency));
            return false;
        }
        if (!shares.stillToSend(delivery)) {
            return false;
        }
        try {
            byte[] body = json.writeValueAsBytes(body(delivery));
            HttpRequest request = HttpRequest.newBuilder(webhook).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", delivery.entry().idempotencyKey().toString())
                    .header("X-Triage-Signature", "sha256=" + sign(body, endpoints.key(agency).orElse("")))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                shares.delivered(delivery, SYSTEM);
                return true;
            }
            shares.failed(delivery, "The webhook answered " + response.statusCode());
        } catch (IOException e) {
            shares.failed(delivery, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shares.failed(delivery, "Interrupted");
        }
        return false;
    }

    /**
     * A share with what was shared; or, after consent was withdrawn, only which share the agency
     * must stop using (or, for consent to see evidence, whose evidence), and nothing about the household.
     */
    private static Map<String, Object> body(ShareService.Delivery delivery) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", switch (delivery.entry().kind()) {
            case SHARE -> "share";
            case WITHDRAWN -> "consent-withdrawn";
            case EVIDENCE_WITHDRAWN -> "evidence-consent-withdrawn";
        });
        body.put("shareId", delivery.share().id());
        body.put("agency", delivery.share().agency());
        if (delivery.share().council() != null) {
            body.put("council", delivery.share().council());
        }
        body.put("householdReference", HouseholdReference.of(delivery.share().householdReference()).display());
        if (delivery.withdrawal()) {
            return body;
        }
        body.put("sentAt", delivery.share().sentAt().toString());
        body.put("href", ExchangeController.PATH + "/shares/" + delivery.share().id());
        body.put("updates", delivery.share().updates());
        body.put("content", delivery.content());
        return body;
    }

    static String sign(byte[] body, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
