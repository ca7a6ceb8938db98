package org.triagegateway.kiosk;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.Housing;
import org.triagegateway.household.Person;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.Evaluation;
import org.triagegateway.rules.Pounds;
import org.triagegateway.rules.RulesEngine;
import org.triagegateway.rules.facts.Decision.Status;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole journeys through the kiosk in a real browser, for three kinds of household, with every
 * page checked by axe-core; the results shown are compared with the rule engine's own answer for
 * the household record the kiosk wrote.
 */
@MicronautTest
class KioskJourneyBrowserTest extends BrowserTestBase {

    @Inject
    HouseholdService households;
    @Inject
    RulesEngine rules;

    @Test
    void aWorkingFamilyWhoRentFromTheCouncilSeeWhatTheRulesDecide() {
        String reference = visitor.start("en")
                .date("date-of-birth", LocalDate.of(1990, 5, 1))
                .yes("citizen")
                .yes("partner")
                .date("partner-date-of-birth", LocalDate.of(1992, 3, 3))
                .yes("partner-citizen")
                .type("children", "2")
                .date("child-1", LocalDate.of(2015, 6, 14))
                .date("child-2", LocalDate.of(2019, 2, 2))
                .type("other-adults", "0")
                .choose("home", "social_rent")
                .money("rent", "525", "MONTHLY")
                .type("bedrooms", "3")
                .type("postcode", "lu2 7ab")
                .choose("council", "E06000032")
                .money("council-tax", "1,850.40", null)
                .choose("work", "employed")
                .money("pay", "1400", "MONTHLY")
                .type("hours", "30")
                .choose("partner-work", "no")
                .money("childcare", "0", null)
                .money("savings", "1200", null)
                .no("health")
                .no("partner-health")
                .no("carer")
                .no("partner-carer")
                // then what the rules still need, one a page
                .money("fact-claimant-earnings-0-pensionContributions", "42", null)
                .yes("fact-partner-recentNationalInsurance")
                .no("fact-child1-longTermCondition")
                .no("fact-child2-longTermCondition")
                .choose("fact-child1-sex", "FEMALE")
                .choose("fact-child2-sex", "MALE")
                .confirm();

        Household household = households.get(HouseholdReference.of(reference)).household();
        assertThat(household.people()).extracting(Person::role).containsExactly(
                Person.Role.CLAIMANT, Person.Role.PARTNER, Person.Role.CHILD, Person.Role.CHILD);
        assertThat(household.people().get(0).earnings().get(0).gross()).isEqualByComparingTo("1400");
        assertThat(household.people().get(0).earnings().get(0).pensionContributions()).isEqualByComparingTo("42");
        assertThat(household.people().get(1).recentNationalInsurance()).isTrue();
        assertThat(household.people().get(3).longTermCondition()).isFalse();
        assertThat(household.housing().tenure()).isEqualTo(Housing.Tenure.SOCIAL_RENT);
        assertThat(household.housing().rent()).isEqualByComparingTo("525");
        assertThat(household.housing().councilTax()).isEqualByComparingTo("1850.40");
        assertThat(household.housing().councilId()).isEqualTo("luton");
        assertThat(household.capital().get(0).amount()).isEqualByComparingTo("1200");
        assertResultsAreTheRuleEngines(household);
        assertThat(browser.all("#better-off-table")).hasSize(1);
    }

    @Test
    void aPensionerWhoOwnsTheirHomeIsAskedAboutPensionsAndNotAboutRent() {
        String reference = visitor.start("en")
                .date("date-of-birth", LocalDate.of(1950, 1, 20))
                .yes("citizen")
                .no("partner")
                .type("children", "0")
                .type("other-adults", "0")
                .choose("home", "owner")
                .type("postcode", "")
                .select("council", "E06000032")
                .money("council-tax", "1500", null)
                .choose("work", "no")
                .money("state-pension", "176.45", "WEEKLY")
                .money("other-pension", "0", null)
                .money("savings", "4000", null)
                .yes("health")
                .choose("disability-benefit", "NONE")
                .no("carer")
                // with Pension Credit possible, an owner is asked about a mortgage (Support for Mortgage Interest)
                .no("fact-housing-mortgage")
                .confirm();

        Household household = households.get(HouseholdReference.of(reference)).household();
        assertThat(household.housing().mortgage()).isFalse();
        assertThat(household.people()).hasSize(1);
        assertThat(household.people().get(0).otherIncome()).singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("176.45"));
        assertThat(household.housing().rent()).isNull();
        assertResultsAreTheRuleEngines(household);
        assertThat(browser.all("#better-off-table")).as("no work sweep past State Pension age").isEmpty();
    }

    @Test
    void aYoungSinglePersonRentingPrivatelyWhoDoesNotKnowTheirCouncilTax() {
        String reference = visitor.start("en")
                .date("date-of-birth", LocalDate.now().minusYears(22).minusDays(40))
                .yes("citizen")
                .no("partner")
                .type("children", "0")
                .type("other-adults", "0")
                .choose("home", "private_rent")
                .money("rent", "650", "MONTHLY")
                .type("postcode", "")
                .select("council", "not-known")
                .select("rental-area", "not-known")
                .money("council-tax", "", null)
                .choose("work", "employed")
                .money("pay", "800", "MONTHLY")
                .type("hours", "20")
                .money("savings", "0", null)
                .no("health")
                .no("carer")
                .money("fact-claimant-earnings-0-pensionContributions", "", null)
                .confirm();

        Household household = households.get(HouseholdReference.of(reference)).household();
        assertThat(household.housing().council()).isNull();
        assertThat(household.housing().councilTax()).isNull();
        assertThat(household.capital()).isEmpty();
        assertResultsAreTheRuleEngines(household);
        assertThat(browser.text("#benefit-council_tax_reduction .tg-status")).isEqualTo("You might get this");
    }

    /** Every benefit the rules decide is on the page with the rule engine's status and amount. */
    private void assertResultsAreTheRuleEngines(Household household) {
        browser.assertReflowsAt(320);
        // the better-off figure's table, opened: eight columns that must scroll in their own box
        browser.all(".tg-better-off-wrapper details summary").forEach(WebElement::click);
        browser.assertReflowsAt(320);
        browser.assertAccessible();
        Evaluation evaluation = rules.evaluate(household, LocalDate.now());
        for (BenefitResult result : evaluation.benefits()) {
            if (result.status() == Status.CALCULATED) {
                assertThat(browser.all("#benefit-" + result.benefit())).isEmpty();
                continue;
            }
            String card = "#benefit-" + result.benefit();
            assertThat(browser.text(card + " .tg-status")).as(result.benefit()).isEqualTo(statusText(result.status()));
            BigDecimal amount = result.amount();
            if (amount != null && amount.signum() > 0) {
                assertThat(browser.text(card + " .tg-amount")).as(result.benefit())
                        .contains(Pounds.gbp(amount));
            } else {
                assertThat(browser.all(card + " .tg-amount")).as(result.benefit()).isEmpty();
            }
        }
    }

    private static String statusText(Status status) {
        return switch (status) {
            case ELIGIBLE -> "You could get this";
            case POSSIBLY_ELIGIBLE -> "You might get this";
            case NOT_ELIGIBLE -> "You cannot get this now";
            default -> "We cannot check this yet";
        };
    }
}
