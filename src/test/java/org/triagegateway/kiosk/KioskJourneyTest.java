package org.triagegateway.kiosk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.triagegateway.household.Disability;
import org.triagegateway.household.Earnings;
import org.triagegateway.household.Frequency;
import org.triagegateway.household.Household;
import org.triagegateway.household.Housing;
import org.triagegateway.household.OtherIncome;
import org.triagegateway.household.Person;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is asked what, and the household record the answers make. */
@MicronautTest
class KioskJourneyTest {

    /** A postcode whose district the pilot data places in more than one Broad Rental Market Area. */
    static final String STRADDLING_POSTCODE = "LU5 4AA";

    @Inject
    KioskJourney journey;
    @Inject
    Validator validator;
    @Inject
    KioskPlaces places;

    @Test
    void someoneSingleWhoOwnsTheirHomeIsNotAskedAboutAPartnerOrRent() {
        KioskAnswers answers = answer(Map.of("date-of-birth", "1980-01-01", "partner", "no", "children", "0", "home", "owner"));

        assertThat(asked(answers)).doesNotContain("partner-date-of-birth", "partner-work", "rent", "bedrooms", "child-1",
                "state-pension").contains("postcode", "council", "council-tax", "work", "savings", "health", "carer");
    }

    @Test
    void childrenAreAskedAboutOneByOneAsManyAsThereAre() {
        KioskAnswers answers = answer(Map.of("children", "2"));

        assertThat(asked(answers)).contains("child-1", "child-2").doesNotContain("child-3");
    }

    @Test
    void pensionQuestionsAreForWhoeverHasReachedStatePensionAge() {
        KioskAnswers answers = answer(Map.of("date-of-birth", "1990-01-01", "partner", "yes", "partner-date-of-birth", "1950-01-01"));

        assertThat(asked(answers)).contains("partner-state-pension", "partner-other-pension")
                .doesNotContain("state-pension", "other-pension");
    }

    @Test
    void answersThatNoLongerApplyAreForgotten() {
        KioskAnswers answers = answer(Map.of("partner", "yes", "partner-date-of-birth", "1985-02-02", "partner-work", "employed",
                "partner-pay", "900.00", "partner-pay-frequency", "MONTHLY", "children", "2", "child-1", "2015-01-01",
                "child-2", "2017-01-01"));

        KioskAnswers changed = journey.answer(journey.answer(answers, Map.of("partner", "no")), Map.of("children", "1"));

        assertThat(changed.values()).doesNotContainKeys("partner-date-of-birth", "partner-work", "partner-pay",
                "partner-pay-frequency", "child-2").containsEntry("child-1", "2015-01-01");
    }

    @Test
    void theNextQuestionFollowsTheAnswersGiven() {
        KioskAnswers renting = answer(Map.of("home", "private_rent"));
        Question home = journey.asked("home", renting).orElseThrow();

        assertThat(journey.after(home, renting).map(Question::id)).hasValue("rent");
        assertThat(journey.after(home, answer(Map.of("home", "rent_free"))).map(Question::id)).hasValue("postcode");
        assertThat(journey.before(journey.asked("postcode", renting).orElseThrow(), renting).map(Question::id)).hasValue("rent");
        assertThat(journey.before(journey.first(), renting)).isEmpty();
    }

    @Test
    void aWorkingFamilysAnswersMakeAValidHouseholdRecord() {
        KioskAnswers answers = answer(Map.ofEntries(Map.entry("date-of-birth", "1990-05-01"), Map.entry("citizen", "yes"), Map.entry("partner", "yes"),
                Map.entry("partner-date-of-birth", "1992-03-03"), Map.entry("partner-citizen", "yes"), Map.entry("children", "1"), Map.entry("child-1", "2019-02-02"),
                Map.entry("other-adults", "0"), Map.entry("home", "social_rent"), Map.entry("rent", "525.00"), Map.entry("rent-frequency", "MONTHLY"),
                Map.entry("bedrooms", "2"), Map.entry("postcode", KioskAnswers.NOT_KNOWN), Map.entry("council", "E06000032"), Map.entry("council-tax", KioskAnswers.NOT_KNOWN),
                Map.entry("work", "self_employed"), Map.entry("pay", "1400.00"), Map.entry("pay-frequency", "MONTHLY"),
                Map.entry("hours", "30"), Map.entry("partner-work", "no"), Map.entry("childcare", "0.00"), Map.entry("savings", "0.00"),
                Map.entry("health", "yes"), Map.entry("disability-benefit", "PIP_MOBILITY_ONLY"), Map.entry("partner-health", "no"),
                Map.entry("carer", "no"), Map.entry("partner-carer", "no")));
        // the core done, the rules still ask what the self-employed claimant paid HMRC this month (UC Regs reg 57(2):
        // tax is due on £16,800 a year), whether the partner, not working, has paid National Insurance (New Style
        // JSA) and whether the child needs more care (DLA): one a page, then nothing is left
        assertThat(journey.firstUnanswered(answers).map(Question::id)).hasValue("fact-claimant-earnings-0-paidToHmrc");
        answers = journey.answer(answers, Map.of("fact-claimant-earnings-0-paidToHmrc", "0"));
        assertThat(journey.firstUnanswered(answers).map(Question::id)).hasValue("fact-partner-recentNationalInsurance");
        answers = journey.answer(answers, Map.of("fact-partner-recentNationalInsurance", "yes"));
        assertThat(journey.firstUnanswered(answers).map(Question::id)).hasValue("fact-child1-longTermCondition");
        answers = journey.answer(answers, Map.of("fact-child1-longTermCondition", KioskAnswers.NOT_KNOWN));
        assertThat(journey.complete(answers)).isTrue();
        assertThat(journey.household(answers).people().get(0).earnings().get(0).paidToHmrc()).isEqualByComparingTo("0");
        assertThat(journey.household(answers).people().get(1).recentNationalInsurance()).isTrue();
        assertThat(journey.household(answers).people().get(2).longTermCondition()).as("not known: an adviser asks").isNull();

        Household household = KioskHousehold.from(answers, LocalDate.of(2026, 11, 23), places.where(answers));

        assertThat(validator.validate(household)).isEmpty();
        assertThat(household.housing().council()).isEqualTo("Luton");
        assertThat(household.people()).hasSize(3);
        assertThat(household.people().get(0).longTermCondition()).isTrue();
        assertThat(household.people().get(0).caresForDisabledPerson()).isFalse();
        assertThat(household.people().get(0).disability().benefit()).isEqualTo(Disability.DisabilityBenefit.PIP_MOBILITY_ONLY);
        Earnings pay = household.people().get(0).earnings().get(0);
        assertThat(pay.kind()).isEqualTo(Earnings.Kind.SELF_EMPLOYED);
        assertThat(pay.gross()).isEqualByComparingTo("1400");
        assertThat(pay.hoursPerWeek()).isEqualByComparingTo("30");
        assertThat(household.people().get(1).earnings()).isEmpty();
        assertThat(household.people().get(2).dateOfBirth()).isEqualTo(LocalDate.of(2019, 2, 2));
        Housing housing = household.housing();
        assertThat(housing.tenure()).isEqualTo(Housing.Tenure.SOCIAL_RENT);
        assertThat(housing.rentFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(housing.bedrooms()).isEqualTo(2);
        assertThat(housing.councilTax()).as("not known: the rules will ask").isNull();
        assertThat(household.capital()).isEmpty();
    }

    @Test
    void aFollowUpAnswerStaysWithItsPersonAndGoesWithTheirJob() {
        KioskAnswers answers = answer(Map.ofEntries(Map.entry("date-of-birth", "1990-05-01"), Map.entry("citizen", "yes"), Map.entry("partner", "no"),
                Map.entry("children", "1"), Map.entry("child-1", "2024-02-02"), Map.entry("other-adults", "0"), Map.entry("home", "owner"),
                Map.entry("postcode", KioskAnswers.NOT_KNOWN), Map.entry("council", "E06000032"),
                Map.entry("council-tax", "1500.00"), Map.entry("work", "employed"), Map.entry("pay", "1400.00"),
                Map.entry("pay-frequency", "MONTHLY"), Map.entry("hours", "30"), Map.entry("childcare", "0.00"), Map.entry("savings", "0.00"),
                Map.entry("health", "no"), Map.entry("carer", "no")));
        assertThat(asked(answers)).contains("fact-claimant-earnings-0-pensionContributions")
                .as("a child under 4 already opens Healthy Start: pregnancy cannot change it").doesNotContain("fact-claimant-pregnant");

        answers = journey.answer(answers, Map.of("fact-claimant-earnings-0-pensionContributions", "56.00"));
        assertThat(journey.household(answers).people().get(0).earnings().get(0).pensionContributions()).isEqualByComparingTo("56");

        // a partner now comes before the child in the record: the answer is still the claimant's
        KioskAnswers couple = journey.answer(journey.answer(answers, Map.of("partner", "yes")),
                Map.of("partner-date-of-birth", "1991-01-01"));
        assertThat(couple.values()).containsEntry("fact-claimant-earnings-0-pensionContributions", "56.00");
        // no pay, no pension contribution from it
        KioskAnswers notWorking = journey.answer(answers, Map.of("work", "no"));
        assertThat(notWorking.values()).doesNotContainKey("fact-claimant-earnings-0-pensionContributions");
    }

    @Test
    void anAnswerTheRulesNoLongerAskIsNeitherUsedNorKept() {
        KioskAnswers answers = answer(Map.ofEntries(Map.entry("date-of-birth", "1990-05-01"), Map.entry("citizen", "yes"), Map.entry("partner", "no"),
                Map.entry("children", "2"), Map.entry("child-1", "2020-02-02"), Map.entry("child-2", "2022-03-03"),
                Map.entry("other-adults", "0"), Map.entry("home", "owner"), Map.entry("postcode", KioskAnswers.NOT_KNOWN), Map.entry("council", "E06000032"),
                Map.entry("council-tax", "1500.00"), Map.entry("work", "employed"), Map.entry("pay", "1400.00"),
                Map.entry("pay-frequency", "MONTHLY"), Map.entry("hours", "30"), Map.entry("childcare", "1500.00"),
                Map.entry("childcare-frequency", "MONTHLY"), Map.entry("savings", "0.00"), Map.entry("health", "no"),
                Map.entry("carer", "no")));
        // 85% of £1,500 is above the most for one child (£1,071.09): how many children it is for matters
        assertThat(asked(answers)).contains("fact-childcare-children");
        answers = journey.answer(answers, Map.of("fact-childcare-children", "1"));
        assertThat(journey.household(answers).childcare().children()).isEqualTo(1);

        // no childcare now: how many children it was for is not written into a record without childcare
        KioskAnswers none = journey.answer(answers, Map.of("childcare", "0.00"));
        assertThat(journey.household(none).childcare()).isNull();
        assertThat(none.values()).doesNotContainKey("fact-childcare-children");
    }

    @Test
    void whatWasSaidAboutPayIsAskedAgainWhenThePayChanges() {
        KioskAnswers answers = answer(Map.ofEntries(Map.entry("date-of-birth", "1990-05-01"), Map.entry("citizen", "yes"), Map.entry("partner", "no"),
                Map.entry("children", "0"), Map.entry("other-adults", "0"), Map.entry("home", "owner"), Map.entry("postcode", KioskAnswers.NOT_KNOWN),
                Map.entry("council", "E06000032"), Map.entry("council-tax", "1500.00"), Map.entry("work", "employed"),
                Map.entry("pay", "1400.00"), Map.entry("pay-frequency", "MONTHLY"), Map.entry("hours", "30"),
                Map.entry("savings", "0.00"), Map.entry("health", "no"), Map.entry("carer", "no"),
                Map.entry("fact-housing-mortgage", "no")));
        answers = journey.answer(answers, Map.of("fact-claimant-earnings-0-pensionContributions", "80.00"));
        assertThat(journey.answer(answers, Map.of("pay", "1400.00")).values())
                .as("the same pay again").containsKey("fact-claimant-earnings-0-pensionContributions");

        // £80 each time meant a month; paid weekly, it would mean £80 a week
        KioskAnswers weekly = journey.answer(answers, Map.of("pay", "350.00", "pay-frequency", "WEEKLY"));
        assertThat(weekly.values()).doesNotContainKey("fact-claimant-earnings-0-pensionContributions");
        assertThat(journey.firstUnanswered(weekly).map(Question::id)).hasValue("fact-claimant-earnings-0-pensionContributions");
    }

    @Test
    void eitherPartnerCanBeTheCarerAndCaringCountsOnlyForSomeoneWithAQualifyingBenefit() {
        KioskAnswers base = answer(Map.of("partner", "yes", "carer", "yes"));
        assertThat(asked(base)).contains("cared-for-benefit", "partner-carer");
        assertThat(asked(journey.answer(base, Map.of("partner-carer", "yes")))).contains("partner-cared-for-benefit");

        assertThat(cares(Map.of("carer", "yes", "cared-for-benefit", "yes"))).isTrue();
        assertThat(cares(Map.of("carer", "yes", "cared-for-benefit", "no"))).isFalse();
        assertThat(journey.asked("cared-for-benefit", base).orElseThrow().read(Map.of("cared-for-benefit", KioskAnswers.NOT_KNOWN),
                LocalDate.of(2026, 11, 23)).valid()).as("yes or no: the rules would read not known as no").isFalse();
        assertThat(cares(Map.of("carer", "no"))).isFalse();
    }

    private Boolean cares(Map<String, String> caring) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("date-of-birth", "1980-01-01", "partner", "no", "children", "0",
                "home", "owner", "postcode", "ME15 6JQ", "council-tax", "1500.00", "work", "no", "savings", "0.00", "health", "no"));
        all.putAll(caring);
        return KioskHousehold.from(answer(all), LocalDate.of(2026, 11, 23), places.where(answer(all))).people().get(0)
                .caresForDisabledPerson();
    }

    @Test
    void otherAdultsAreAskedAboutOneByOneAndAreInTheRecordWithHowTheyLiveThereAndTheirPay() {
        KioskAnswers answers = answer(Map.ofEntries(Map.entry("date-of-birth", "1980-01-01"), Map.entry("partner", "no"),
                Map.entry("children", "0"), Map.entry("other-adults", "2"), Map.entry("adult-1-date-of-birth", "1996-01-01"),
                Map.entry("adult-1-relationship", "LODGER"), Map.entry("adult-1-work", "employed"), Map.entry("adult-1-pay", "1500.00"),
                Map.entry("adult-1-pay-frequency", "MONTHLY"), Map.entry("adult-1-hours", "30"),
                Map.entry("adult-2-date-of-birth", "1950-06-01"), Map.entry("adult-2-relationship", "NON_DEPENDANT"),
                Map.entry("adult-2-work", "no"), Map.entry("home", "owner")));
        assertThat(asked(answers)).contains("adult-2-work").doesNotContain("adult-2-pay", "adult-3-date-of-birth");

        Household household = KioskHousehold.from(answers, LocalDate.of(2026, 11, 23), places.where(answers));
        assertThat(household.people()).extracting(Person::role)
                .containsExactly(Person.Role.CLAIMANT, Person.Role.OTHER_ADULT, Person.Role.OTHER_ADULT);
        Person lodger = household.people().get(1);
        assertThat(lodger.relationship()).isEqualTo(Person.Relationship.LODGER);
        assertThat(lodger.earnings().get(0).gross()).isEqualByComparingTo("1500");
        assertThat(lodger.earnings().get(0).hoursPerWeek()).isEqualByComparingTo("30");
        assertThat(household.people().get(2).earnings()).isEmpty();
        assertThat(validator.validate(household)).isEmpty();
    }

    @Test
    void pensionsBelongToWhoeverGetsThem() {
        KioskAnswers answers = answer(Map.of("date-of-birth", "1950-01-01", "partner", "no", "children", "0", "home", "owner",
                "state-pension", "230.25", "state-pension-frequency", "WEEKLY", "other-pension", "0.00"));

        Household household = KioskHousehold.from(answers, LocalDate.of(2026, 11, 23), places.where(answers));

        assertThat(household.people().get(0).otherIncome()).singleElement().satisfies(income -> {
            assertThat(income.type()).isEqualTo(OtherIncome.Type.STATE_PENSION);
            assertThat(income.amount()).isEqualByComparingTo("230.25");
            assertThat(income.frequency()).isEqualTo(Frequency.WEEKLY);
        });
    }

    @Test
    void aPostcodeInOneCouncilAndRentalAreaSettlesBothWithoutAsking() {
        KioskAnswers answers = answer(Map.of("home", "private_rent", "postcode", "me15 6jq"));

        assertThat(asked(answers)).contains("postcode").doesNotContain("council", "rental-area");
        KioskHousehold.Where where = places.where(answers);
        assertThat(where.postcode()).isEqualTo("ME15 6JQ");
        assertThat(where.council()).isEqualTo("Maidstone");
        assertThat(where.rentalArea()).isEqualTo("maidstone");
    }

    @Test
    void withoutAPostcodeTheCouncilIsChosenFromEveryEnglishCouncil() {
        KioskAnswers answers = answer(Map.of("home", "owner", "postcode", KioskAnswers.NOT_KNOWN));
        Question council = journey.asked("council", answers).orElseThrow();

        assertThat(asked(answers)).contains("council");
        assertThat(council.options()).contains("E06000032", "E07000110", "E09000001").hasSizeGreaterThan(290);
    }

    @Test
    void aPrivateRenterWhosePostcodeReachesTwoRentalAreasChoosesBetweenThem() {
        KioskAnswers answers = answer(Map.of("home", "private_rent", "postcode", STRADDLING_POSTCODE));
        Question area = journey.asked("rental-area", answers).orElseThrow();

        assertThat(asked(answers)).contains("rental-area");
        assertThat(area.options()).hasSizeBetween(2, KioskPages.MOST_RADIOS);
        assertThat(asked(answer(Map.of("home", "owner", "postcode", STRADDLING_POSTCODE)))).doesNotContain("rental-area");
    }

    @Test
    void aChoiceANewPostcodeDoesNotReachIsForgotten() {
        KioskAnswers chosen = answer(Map.of("home", "owner", "postcode", KioskAnswers.NOT_KNOWN, "council", "E07000110"));

        // LU2 reaches Luton, Central Bedfordshire and North Hertfordshire: the council is still asked, Maidstone is no choice
        KioskAnswers moved = journey.answer(chosen, Map.of("postcode", "LU2 7AB"));

        assertThat(asked(moved)).contains("council");
        assertThat(moved.values()).doesNotContainKey("council");
        assertThat(places.where(moved).council()).isNull();
    }

    private KioskAnswers answer(Map<String, String> values) {
        return journey.answer(KioskAnswers.none(), values);
    }

    private java.util.List<String> asked(KioskAnswers answers) {
        return journey.asked(answers).stream().map(Question::id).toList();
    }
}
