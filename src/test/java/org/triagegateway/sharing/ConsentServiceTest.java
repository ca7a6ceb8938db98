package org.triagegateway.sharing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdNotFoundException;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consent is per agency and purpose, says what it covers, and once withdrawn allows nothing. */
@MicronautTest
class ConsentServiceTest {

    @Inject
    ConsentService consents;
    @Inject
    HouseholdService households;
    @Inject
    ObjectMapper json;

    @Test
    void consentForOneAgencyAndPurposeAllowsThatAndNothingElse() throws IOException {
        HouseholdReference household = household();

        Consent given = consents.record(household, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Dorota Nowak", HowGiven.IN_PERSON,
                "an-adviser");

        assertThat(given.covers()).isEqualTo(Purpose.DECIDE_CLAIMS.covers());
        assertThat(given.recordedBy()).isEqualTo("an-adviser");
        assertThat(consents.allows(household, Agency.COUNCIL, Purpose.DECIDE_CLAIMS)).isTrue();
        assertThat(consents.allows(household, Agency.JOBCENTRE_PLUS, Purpose.DECIDE_CLAIMS)).isFalse();
        assertThat(consents.allows(household, Agency.COUNCIL, Purpose.EVIDENCE)).isFalse();
        assertThat(consents.record(household, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Dorota Nowak", HowGiven.BY_PHONE, "b").id())
                .as("given again while it stands: the same consent, so withdrawing it withdraws it").isEqualTo(given.id());
        assertThat(consents.of(household)).hasSize(1);
    }

    @Test
    void withdrawnConsentAllowsNothingButIsKeptWithWhoWithdrewIt() throws IOException {
        HouseholdReference household = household();
        Consent given = consents.record(household, Agency.JOBCENTRE_PLUS, Purpose.EVIDENCE, "Dorota Nowak", HowGiven.BY_PHONE,
                "an-adviser");

        assertThat(consents.withdraw(household, given.id(), "another-adviser", HowGiven.IN_WRITING)).isTrue();
        assertThat(consents.withdraw(household, given.id(), "another-adviser", HowGiven.IN_WRITING)).as("only once").isFalse();

        assertThat(consents.allows(household, Agency.JOBCENTRE_PLUS, Purpose.EVIDENCE)).isFalse();
        Consent kept = consents.of(household).get(0);
        assertThat(kept.active()).isFalse();
        assertThat(kept.withdrawnBy()).isEqualTo("another-adviser");
        assertThat(kept.withdrawnAt()).isNotNull();
        assertThat(kept.withdrawnHow()).as("how the person withdrew it").isEqualTo(HowGiven.IN_WRITING);
    }

    @Test
    void consentCannotBeWithdrawnThroughAnotherHousehold() throws IOException {
        HouseholdReference one = household();
        HouseholdReference other = household();
        Consent given = consents.record(one, Agency.COUNCIL, Purpose.DECIDE_CLAIMS, "Dorota Nowak", HowGiven.IN_WRITING, "a");

        assertThat(consents.withdraw(other, given.id(), "b", HowGiven.BY_PHONE)).isFalse();
        assertThat(consents.allows(one, Agency.COUNCIL, Purpose.DECIDE_CLAIMS)).isTrue();
    }

    @Test
    void consentIsOnlyForAHouseholdThatExists() {
        assertThatThrownBy(() -> consents.record(HouseholdReference.generate(), Agency.COUNCIL, Purpose.DECIDE_CLAIMS,
                "Someone", HowGiven.IN_PERSON, "a")).isInstanceOf(HouseholdNotFoundException.class);
    }

    private HouseholdReference household() throws IOException {
        return HouseholdReference.of(households.create(json.readValue("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "name": "Dorota Nowak", "dateOfBirth": "1991-06-14"}],
                 "housing": {"tenure": "SOCIAL_RENT", "rent": 100.00, "rentFrequency": "WEEKLY", "council": "Luton"}}""",
                Household.class)).reference());
    }
}
