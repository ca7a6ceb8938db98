package org.triagegateway.sharing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.Rows;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shares and consents made before each council was its own agency name no council: once the service
 * starts, each is given the council of the household's home (as shared), and only then does that
 * council see it. One whose home's council is not known stays seen by no council.
 */
@MicronautTest(transactional = false)
class CouncilBackfillTest {

    private static final AuditTrail.Actor ADVISER = new AuditTrail.Actor("test-adviser", "Adviser", null);
    private static final Recipient LUTON = Recipient.council("E06000032");

    @Inject
    HouseholdService households;
    @Inject
    AssessmentService assessments;
    @Inject
    ConsentService consents;
    @Inject
    ShareService shares;
    @Inject
    CouncilBackfill backfill;
    @Inject
    Rows rows;
    @Inject
    ObjectMapper json;
    @Inject
    Api adviser;

    private static final String LUTON_HOME = """
            {"people": [{"id": "claimant", "role": "CLAIMANT", "name": "Ola Bello", "dateOfBirth": "1984-04-04"}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 480.00, "rentFrequency": "MONTHLY", "council": "Luton"}}""";

    @Test
    void anEarlierShareToTheCouncilGoesToTheCouncilOfTheHomeAsItWasShared() throws IOException {
        HouseholdReference reference = HouseholdReference.of(households.create(json.readValue(LUTON_HOME, Household.class)).reference());
        assessments.assessAndStore(reference, null);
        consents.record(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Ola Bello", HowGiven.IN_PERSON, "test");
        Share share = shares.send(reference, Agency.COUNCIL, "hb-claim-forwarding", ADVISER);
        // as a share and a consent were before V14
        rows.execute("UPDATE share SET council = NULL WHERE household_reference = '" + reference.value() + "'");
        rows.execute("UPDATE consent SET council = NULL WHERE household_reference = '" + reference.value() + "'");
        assertThat(shares.inbox(LUTON)).extracting(Share::id).doesNotContain(share.id());

        backfill.run();

        assertThat(shares.inbox(LUTON)).extracting(Share::id).contains(share.id());
        assertThat(shares.inbox(Recipient.council("E06000056"))).extracting(Share::id).doesNotContain(share.id());
        assertThat(consents.allows(reference, LUTON, Purpose.DECIDE_CLAIMS)).isTrue();
    }

    /**
     * A household that moved from Luton to Central Bedfordshire before: its share goes to Luton, where it
     * was sent, but its consent names no council, as nobody can tell which council the person agreed to.
     * Nothing is shared under it until they are asked again; the household page still shows it, and it
     * can still be withdrawn, which hides the share it covered.
     */
    @Test
    void consentFromAHouseholdThatMovedNamesNoCouncilAndCanStillBeWithdrawn() throws IOException {
        HouseholdReference reference = HouseholdReference.of(households.create(json.readValue(LUTON_HOME, Household.class)).reference());
        assessments.assessAndStore(reference, null);
        Consent consent = consents.record(reference, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Ola Bello", HowGiven.IN_PERSON, "test");
        Share share = shares.send(reference, Agency.COUNCIL, "hb-claim-forwarding", ADVISER);
        households.update(reference, 1, json.readValue(LUTON_HOME.replace("Luton", "Central Bedfordshire"), Household.class));
        rows.execute("UPDATE share SET council = NULL WHERE household_reference = '" + reference.value() + "'");
        rows.execute("UPDATE consent SET council = NULL WHERE household_reference = '" + reference.value() + "'");

        assertThat(backfill.run()).as("the consent is left unnamed").isPositive();

        assertThat(shares.inbox(LUTON)).extracting(Share::id).contains(share.id());
        assertThat(consents.allows(reference, LUTON, Purpose.DECIDE_CLAIMS)).isFalse();
        assertThat(consents.allows(reference, Recipient.council("E06000056"), Purpose.DECIDE_CLAIMS)).isFalse();
        assertThat(shares.sendUpdates(reference, ADVISER)).as("nothing goes under a consent that names no council").isEmpty();
        assertThat(adviser.get("/staff/households/" + reference.display()).body()).contains("which council is not known");

        assertThat(consents.withdraw(reference, consent.id(), "test", HowGiven.IN_WRITING)).isTrue();
        assertThat(shares.inbox(LUTON)).extracting(Share::id).as("withdrawn, the share it covered is hidden").doesNotContain(share.id());
    }
}
