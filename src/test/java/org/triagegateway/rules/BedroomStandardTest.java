package org.triagegateway.rules;

import org.junit.jupiter.api.Test;
import org.triagegateway.household.Person.Sex;
import org.triagegateway.rules.BedroomStandard.Bedrooms;
import org.triagegateway.rules.BedroomStandard.Sleeper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BedroomStandardTest {

    @Test
    void aSingleClaimantNeedsOneBedroom() {
        assertThat(BedroomStandard.needed(0, List.of())).isEqualTo(new Bedrooms(1, 1));
    }

    @Test
    void twoChildrenUnderTenShareWhateverTheirSex() {
        assertThat(BedroomStandard.needed(0, List.of(new Sleeper(9, Sex.MALE), new Sleeper(3, Sex.FEMALE))))
                .isEqualTo(new Bedrooms(2, 2));
    }

    @Test
    void aGirlOfTwelveAndABoyOfEightEachHaveARoom() {
        assertThat(BedroomStandard.needed(0, List.of(new Sleeper(12, Sex.FEMALE), new Sleeper(8, Sex.MALE))))
                .isEqualTo(new Bedrooms(3, 3));
    }

    @Test
    void sharingIsArrangedToNeedTheFewestRooms() {
        // Girl 13 shares with girl 8; boy 6 has his own: pairing the under-tens instead would leave two alone.
        List<Sleeper> children = List.of(new Sleeper(13, Sex.FEMALE), new Sleeper(8, Sex.FEMALE), new Sleeper(6, Sex.MALE));
        assertThat(BedroomStandard.needed(0, children)).isEqualTo(new Bedrooms(3, 3));
    }

    @Test
    void aYoungPersonOfSixteenAndAnotherAdultEachHaveARoom() {
        assertThat(BedroomStandard.needed(1, List.of(new Sleeper(16, Sex.MALE), new Sleeper(15, Sex.MALE))))
                .isEqualTo(new Bedrooms(4, 4));
    }

    @Test
    void aMissingSexThatMattersGivesARange() {
        assertThat(BedroomStandard.needed(0, List.of(new Sleeper(12, null), new Sleeper(14, Sex.MALE))))
                .isEqualTo(new Bedrooms(2, 3));
    }

    @Test
    void aMissingSexThatDoesNotMatterIsSettled() {
        assertThat(BedroomStandard.needed(0, List.of(new Sleeper(4, null), new Sleeper(7, null))).settled()).isTrue();
    }
}
