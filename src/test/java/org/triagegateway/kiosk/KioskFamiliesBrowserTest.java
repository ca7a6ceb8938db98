package org.triagegateway.kiosk;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working family paying for childcare, walked through the kiosk in a real browser and compared
 * with figures computed by hand from the law. Before the kiosk asked about childcare, its costs
 * were left out of Universal Credit.
 */
@MicronautTest
class KioskFamiliesBrowserTest extends BrowserTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @MockBean(Clock.class)
    Clock heldClock() {
        return Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
    }

    /**
     * A mother of 33 with a daughter of 3, working 25 hours for £1,600 a month before tax, paying a
     * nursery £600 a month, renting a 2-bedroom flat from a housing association in Luton for £550 a
     * month, no savings, nothing paid into a pension. By hand (UC Regs 2013, 2026/27):
     * <ul>
     * <li>standard allowance, single 25 or over, £424.90; child element (born after 6 April 2017) £303.94;</li>
     * <li>housing: she and her daughter are allowed 2 bedrooms (Sch 4 para 10) and have 2: the rent in full, £550.00;</li>
     * <li>childcare costs element: 85% of £600.00 = £510.00, under the £1,071.09 most for one child (reg 34, 36);</li>
     * <li>maximum amount 424.90 + 303.94 + 550.00 + 510.00 = £1,788.84;</li>
     * <li>earnings: income tax estimated as a twelfth of the year's, (19,200.00 - 12,570.00) x 20% = £1,326.00, so
     * £110.50 (reg 55(5)(a) takes the tax actually deducted; PAYE's monthly tables give within 30p of it, and the
     * result says the figure is an estimate); Class 1 NI (1,600.00 - 1,048.00) x 8% = £44.16; 1,600.00 - 110.50 -
     * 44.16 = £1,445.34 (reg 55);</li>
     * <li>work allowance with housing £427.00 (reg 22); (1,445.34 - 427.00) x 55% = £560.09;</li>
     * <li>award 1,788.84 - 560.09 = <b>£1,228.75</b> a month; earnings above the benefit cap's threshold (reg 82).</li>
     * </ul>
     */
    @Test
    void aWorkingMotherPayingANurseryIsShownTheChildcareInHerUniversalCredit() {
        visitor.start("en")
                .date("date-of-birth", TODAY.minusYears(33).minusMonths(1))
                .yes("citizen")
                .no("partner")
                .type("children", "1")
                .date("child-1", TODAY.minusYears(3).minusMonths(9))
                .type("other-adults", "0")
                .choose("home", "social_rent")
                .money("rent", "550", "MONTHLY")
                .type("bedrooms", "2")
                .type("postcode", "LU1 1AA")
                .choose("council", "E06000032")
                .money("council-tax", "1300", null)
                .choose("work", "employed")
                .money("pay", "1600", "MONTHLY")
                .type("hours", "25")
                .money("childcare", "600", "MONTHLY")
                .money("savings", "0", null)
                .no("health")
                .no("carer")
                .money("fact-claimant-earnings-0-pensionContributions", "0", null)
                .no("fact-child1-longTermCondition")
                .confirm();

        assertThat(browser.text("#benefit-universal_credit .tg-amount")).contains("£1,228.75");
        assertThat(browser.text("#benefit-universal_credit .tg-status")).isEqualTo("You could get this");
        browser.assertReflowsAt(320);
        // printed, her results are a summary to take to an adviser: one or two sheets of A4, with the reference
        assertThat(browser.printedPages("results-print-working-mother")).isBetween(1, 2);

        // the nursery goes up to £700: changed from the results, 85% of 700.00 = 595.00, £85.00 more than before,
        // so 1,228.75 + 85.00 = £1,313.75
        browser.clickAndWait(browser.find("#change-answers"));
        assertThat(browser.path()).isEqualTo("/kiosk/check");
        browser.clickAndWait(browser.find("#change-childcare"));
        assertThat(browser.path()).isEqualTo("/kiosk/questions/childcare?change=true");
        browser.find("#childcare-amount").clear();
        browser.find("#childcare-amount").sendKeys("700");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        visitor.confirm();
        assertThat(browser.text("#benefit-universal_credit .tg-amount")).contains("£1,313.75");
    }

    /**
     * A 19-year-old living with her parents in Luton, paying them £200 a month for her keep, not working, no
     * savings. By hand (UC Regs 2013, 2026/27): standard allowance, single under 25, <b>£338.58</b> a month (reg 36);
     * no housing costs element: what she pays her parents, close relatives living in the home, is not rent she is
     * liable for (Sch 2 para 5(1)(c)), so the kiosk asks no rent; no income and no capital, so the award is £338.58.
     */
    @Test
    void aYoungPersonPayingHerParentsForHerKeepIsShownUniversalCreditWithoutRent() {
        visitor.start("en")
                .date("date-of-birth", TODAY.minusYears(19).minusMonths(3))
                .yes("citizen")
                .no("partner")
                .type("children", "0")
                .type("other-adults", "0")
                .choose("home", "family_board")
                .type("postcode", "LU1 1AA")
                .choose("council", "E06000032")
                .no("council-tax-bill")
                .choose("work", "no")
                .money("savings", "0", null)
                .no("health")
                .no("carer")
                .no("fact-housing-electricityBillPayer")
                .no("fact-claimant-pregnant")
                .no("fact-claimant-recentNationalInsurance")
                .confirm();

        assertThat(browser.text("#benefit-universal_credit .tg-amount")).contains("£338.58");
        assertThat(browser.pageText()).as("no rent asked, none counted").doesNotContain("Housing costs element");
        // the bill is in her parents' name: nothing of hers to reduce (LGFA 1992 s.13A), and nothing asked about it
        assertThat(browser.all("details #benefit-council_tax_reduction")).as("among what she cannot get now").hasSize(1);
        // nor is the electricity bill hers: no Warm Home Discount, which comes off the bill of someone named on it
        assertThat(browser.all("details #benefit-warm_home_discount")).as("among what she cannot get now").hasSize(1);
        assertThat(browser.text("#benefit-warm_home_discount")).contains("Not named on the electricity bill");
    }

    /**
     * A couple of 71 and 70 renting a 3-bedroom council house in Luton for £600 a month, each with a State
     * Pension of £120.00 a week and nothing else, no savings; their son of 30 lives with them and works 37.5
     * hours for £2,000 a month. Before the kiosk asked about other adults, they were told Housing Benefit would
     * pay the whole rent. By hand (2026/27):
     * <ul>
     * <li>Pension Credit: standard minimum guarantee for a couple £363.25 a week, less their income £240.00 =
     * <b>£123.25</b> a week (SPC Regs 2002 reg 6); both reached State Pension age after April 2016, so no savings
     * credit;</li>
     * <li>Housing Benefit (HB (SPC) Regs 2006): rent a week 600 x 12 / 52 = £138.46 (reg 61); a council tenant of
     * pension age has no size limit; with the guarantee credit all income is ignored (reg 26), so the most is the
     * whole £138.46; less a deduction for the son (reg 55): 25 or over and working 16 hours or more, his gross
     * weekly income 2,000 x 12 / 52 = £461.54 is in the band from £365.00 to £484.99, so £105.20; Housing Benefit
     * 138.46 - 105.20 = <b>£33.26</b> a week, 33.26 x 52 / 12 = <b>£144.13</b> a month.</li>
     * </ul>
     */
    @Test
    void aPensionerCoupleWithAWorkingSonHaveHisShareTakenOffTheirHousingBenefit() {
        visitor.start("en")
                .date("date-of-birth", TODAY.minusYears(71).minusMonths(2))
                .yes("citizen")
                .yes("partner")
                .date("partner-date-of-birth", TODAY.minusYears(70).minusMonths(7))
                .yes("partner-citizen")
                .type("children", "0")
                .type("other-adults", "1")
                .date("adult-1-date-of-birth", TODAY.minusYears(30).minusMonths(1))
                .choose("adult-1-relationship", "NON_DEPENDANT")
                .choose("adult-1-work", "employed")
                .money("adult-1-pay", "2000", "MONTHLY")
                .type("adult-1-hours", "37.5")
                .choose("home", "social_rent")
                .money("rent", "600", "MONTHLY")
                .type("bedrooms", "3")
                .type("postcode", "LU1 1AA")
                .choose("council", "E06000032")
                .money("council-tax", "1800", null)
                .choose("work", "no")
                .choose("partner-work", "no")
                .money("state-pension", "120", "WEEKLY")
                .money("other-pension", "0", null)
                .money("partner-state-pension", "120", "WEEKLY")
                .money("partner-other-pension", "0", null)
                .money("savings", "0", null)
                .no("health")
                .no("partner-health")
                .no("carer")
                .no("partner-carer")
                .no("fact-adult1-longTermCondition")
                .confirm();

        assertThat(browser.text("#benefit-pension_credit .tg-amount")).contains("£123.25 a week");
        assertThat(browser.text("#benefit-housing_benefit .tg-amount")).contains("£33.26 a week", "£144.13 a month");
        assertThat(browser.pageText()).doesNotContain("adult1");
    }
}
