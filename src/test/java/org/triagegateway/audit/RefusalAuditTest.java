package org.triagegateway.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.StaffLogin;
import org.triagegateway.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Refused attempts are in the audit trail too, with who tried, what and from where: compliance sees probing. */
@MicronautTest(transactional = false)
class RefusalAuditTest {

    @Inject
    Api api;
    @Inject
    StaffLogin login;
    @Inject
    AuditTrail trail;

    @Test
    void aMemberOfStaffRefusedARouteTheirRoleMayNotUseIsRecorded() {
        Api adviser = api.withCookie(login.cookie(Role.ADVISER));

        assertThat(adviser.page("/staff/inbox").status()).isEqualTo(403);

        assertThat(trail.forRecord("route", "GET /staff/inbox", 5)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("refused-403");
            assertThat(entry.actor()).isEqualTo(StaffLogin.username(Role.ADVISER));
            assertThat(entry.clientAddress()).isNotBlank();
        });
    }

    @Test
    void anAgencyOfficerAskingForAShareThatIsNotTheirsIsRecordedAgainstIt() {
        String guessed = UUID.randomUUID().toString();
        Api officer = api.withCookie(login.cookie(Role.COUNCIL_OFFICER));

        assertThat(officer.page("/staff/inbox/" + guessed).status()).isEqualTo(404);

        List<AuditEntry> entries = trail.forRecord("share", guessed, 5);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("refused-404");
        assertThat(entries.get(0).actor()).isEqualTo(StaffLogin.username(Role.COUNCIL_OFFICER));
    }

    @Test
    void aFloodOfKnocksWithoutASignInFillsNeitherTheTrailNorTheQueue() {
        Api nobody = api.withCookie("");
        for (int knock = 0; knock < 25; knock++) {
            assertThat(nobody.get("/api/v1/households/DFG-HJK-MNP").status()).isEqualTo(401);
        }

        assertThat(trail.forRecord("household", "DFG-HJK-MNP", 50)).hasSizeBetween(1, 10);
    }

    @Test
    void aRefusedUploadIsRecordedAgainstTheHousehold() {
        String reference = api.post("/api/v1/households",
                "{\"people\": [{\"id\": \"c\", \"role\": \"CLAIMANT\", \"dateOfBirth\": \"1990-01-01\"}]}")
                .json().path("reference").asText();

        Api.Response refused = api.postFile("/staff/households/" + reference + "/evidence", Map.of("evidences", "RENT"),
                "payslip.pdf", "MZ this is a program, not a PDF".getBytes(StandardCharsets.US_ASCII));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(trail.forRecord("household", reference, 5)).extracting(AuditEntry::action).first().isEqualTo("upload-refused");
    }

    @Test
    void aHouseholdThatIsNotThereIsARefusalNeverARead() {
        api.get("/api/v1/households/BCD-FGH-JKM");
        api.withCookie("").get("/api/v1/households/CDF-GHJ-KMN");

        assertThat(trail.forRecord("household", "BCD-FGH-JKM", 5)).extracting(AuditEntry::action)
                .containsExactly("refused-404");
        assertThat(trail.forRecord("household", "CDF-GHJ-KMN", 5)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("refused-401");
            assertThat(entry.actor()).isEqualTo("anonymous");
        });
    }
}
