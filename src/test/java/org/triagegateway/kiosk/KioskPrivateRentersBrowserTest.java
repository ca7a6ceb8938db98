package org.triagegateway.kiosk;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Private renters walked through the kiosk in a real browser, their results compared with figures
 * computed by hand from the law (never with the engine): before the postcode, these people were
 * shown Universal Credit without their rent. The service's clock is held at 7 December 2026.
 */
@MicronautTest
class KioskPrivateRentersBrowserTest extends BrowserTestBase {

    /** The service's clock is held here, so the 2026/27 rates apply whenever the test runs. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @MockBean(Clock.class)
    Clock heldClock() {
        return Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
    }

    /**
     * A single mother in Luton, children of 7 and 3, 20 hours a week at the National Living Wage,
     * renting a 2-bedroom flat privately for £1,000 a month. By hand (UC Regs 2013, 2026/27):
     * <ul>
     * <li>standard allowance, single 25 or over, £424.90; two child elements (born after 6 April 2017), 2 x £303.94 = £607.88;</li>
     * <li>bedrooms: 1 for her + 1 for two children under 10 (Sch 4 para 10) = 2; Luton 2-bedroom UC monthly LHA £875.00
     * (DWP table; Sch 4 para 25), lower than the rent £1,000.00, so housing costs £875.00 (para 22);</li>
     * <li>maximum amount 424.90 + 607.88 + 875.00 = £1,907.78;</li>
     * <li>pay 20 x £12.71 = £254.20 a week; monthly 254.20 x 52 / 12 = £1,101.53; income tax for the year
     * (13,218.40 - 12,570.00) x 20% = £129.68, a twelfth £10.81; Class 1 NI (254.20 - 242.00) x 8% = £0.98 a week,
     * 0.98 x 52 / 12 = £4.25 a month; earnings 1,101.53 - 10.81 - 4.25 = £1,086.47 (reg 55(5));</li>
     * <li>work allowance with housing £427.00; deduction (1,086.47 - 427.00) x 55% = £362.71 (reg 22);</li>
     * <li>award 1,907.78 - 362.71 = <b>£1,545.07</b> a month; no benefit cap, earnings above £881 (reg 82(1)(a)).</li>
     * </ul>
     * "Could": asked after the core, she pays nothing into a pension, so nothing the award rests on is left open.
     */
    @Test
    void aSingleMotherRentingPrivatelyInLutonIsShownHerRentInHerUniversalCredit() {
        visitor.start("en")
                .date("date-of-birth", LocalDate.of(1996, 1, 15))
                .yes("citizen")
                .no("partner")
                .type("children", "2")
                .date("child-1", TODAY.minusYears(7).minusMonths(2))
                .date("child-2", TODAY.minusYears(3).minusMonths(5))
                .type("other-adults", "0")
                .choose("home", "private_rent")
                .money("rent", "1000", "MONTHLY")
                .type("postcode", "lu1 1aa")
                .choose("council", "E06000032")
                .money("council-tax", "1500", null)
                .choose("work", "employed")
                .money("pay", "254.20", "WEEKLY")
                .type("hours", "20")
                .money("childcare", "0", null)
                .money("savings", "0", null)
                .no("health")
                .no("carer")
                .money("fact-claimant-earnings-0-pensionContributions", "0", null)
                .no("fact-child1-longTermCondition")
                .no("fact-child2-longTermCondition")
                .confirm();

        assertThat(browser.text("#benefit-universal_credit .tg-amount")).contains("£1,545.07");
        assertThat(browser.text("#benefit-universal_credit .tg-status")).isEqualTo("You could get this");
        assertNoRentalJargon();
    }

    /**
     * A 23-year-old renting a room in a shared house in Luton for £500 a month, not working. By hand:
     * standard allowance single under 25 £338.58; single, under 35, no children: the shared accommodation
     * rate (Sch 4 paras 27-28), Luton UC monthly £436.17, lower than the rent; award 338.58 + 436.17 =
     * <b>£774.75</b> a month. "Might": the exceptions to the shared rate (a care leaver, a hostel, ...) are not asked.
     */
    @Test
    void aYoungPersonRentingARoomInLutonIsShownTheSharedRateForTheirRent() {
        rentingARoomInLuton(visitor.start("en")
                .date("date-of-birth", TODAY.minusYears(23).minusMonths(4))
                .yes("citizen"))
                .no("fact-claimant-recentNationalInsurance")
                .confirm();

        assertThat(browser.text("#benefit-universal_credit .tg-amount")).contains("£774.75");
        assertNoRentalJargon();
    }

    /**
     * A woman of 76 living alone, renting a flat privately in Luton for £750 a month, with a State
     * Pension of £200.00 a week and nothing else, no savings. By hand (2026/27):
     * <ul>
     * <li>Pension Credit (SPC Act 2002 s.2, SPC Regs 2002 reg 6): standard minimum guarantee for a single person
     * £238.00 a week, less income £200.00 = <b>£38.00</b> a week; no savings credit, her qualifying income £200.00
     * being below the savings credit threshold (£208.07, SPC Regs 2002 reg 7);</li>
     * <li>Housing Benefit (HB (SPC) Regs 2006): rent a week 750 x 12 / 52 = £173.08 (reg 61); a single person over
     * 35 in a self-contained flat is allowed one bedroom at Luton's one-bedroom Local Housing Allowance, £161.10 a
     * week (reg 13D), lower than
     * the rent, so the eligible rent is £161.10; with the guarantee credit all income is ignored (reg 26), so
     * Housing Benefit is the whole eligible rent, <b>£161.10</b> a week, 161.10 x 52 / 12 = <b>£698.10</b> a month.</li>
     * </ul>
     */
    @Test
    void aPensionerRentingPrivatelyIsShownHousingBenefitWithItsAmount() {
        visitor.start("en")
                .date("date-of-birth", TODAY.minusYears(76).minusMonths(3))
                .yes("citizen")
                .no("partner")
                .type("children", "0")
                .type("other-adults", "0")
                .choose("home", "private_rent")
                .money("rent", "750", "MONTHLY")
                .type("postcode", "LU1 1AA")
                .choose("council", "E06000032")
                .money("council-tax", "1500", null)
                .choose("work", "no")
                .money("state-pension", "200", "WEEKLY")
                .money("other-pension", "0", null)
                .money("savings", "0", null)
                .no("health")
                .no("carer")
                // a flat of her own: over 35, only a shared home would bring the shared rate (reg 13D(2)(a))
                .yes("fact-housing-selfContained")
                .confirm();

        assertThat(browser.text("#benefit-housing_benefit .tg-amount")).contains("£161.10 a week", "£698.10 a month");
        assertThat(browser.text("#benefit-housing_benefit .tg-status")).isEqualTo("You could get this");
        assertThat(browser.text("#benefit-pension_credit .tg-amount")).contains("£38.00 a week");
        assertNoRentalJargon();
    }

    /**
     * The 23-year-old again, who gives no postcode and does not know her council or rental area: the Local
     * Housing Allowance, and so the help with rent, cannot be worked out. By hand: standard allowance, single
     * under 25, £338.58 (reg 36); no income; the rent left out. The figure says so in the same sentence, and the
     * total beside which it is counted too; it is never "you could get".
     */
    @Test
    void withoutTheAreaTheFigureSaysItLeavesTheRentOut() {
        visitor.start("en")
                .date("date-of-birth", TODAY.minusYears(23).minusMonths(4))
                .yes("citizen")
                .no("partner")
                .type("children", "0")
                .type("other-adults", "0")
                .choose("home", "private_rent")
                .money("rent", "500", "MONTHLY")
                .type("postcode", "")
                .select("council", "not-known")
                .select("rental-area", "not-known")
                .money("council-tax", "", null)
                .choose("work", "no")
                .money("savings", "0", null)
                .no("health")
                .no("carer")
                .no("fact-claimant-recentNationalInsurance")
                .confirm();

        assertThat(browser.text("#benefit-universal_credit .tg-amount"))
                .contains("£338.58 a month, plus help with your rent that we could not work out yet");
        assertThat(browser.text("#benefit-universal_credit .tg-status")).isEqualTo("You might get this");
        assertThat(browser.text("#totals")).contains("plus help with your rent that we could not work out yet");
    }

    /**
     * The same young renter, British, who has worked and paid National Insurance: New Style JSA of £75.65 a week,
     * £327.82 a month (above), and Universal Credit takes it off in full (UC Regs 2013 reg 66(1)(b)), so of the
     * £774.75 a month of Universal Credit, 774.75 - 327.82 = <b>£446.93</b> is paid on top of the JSA, and the two
     * together come to £774.75, all "might" (the contributions and the shared rate's exceptions are checked later).
     */
    @Test
    void universalCreditBesideNewStyleJsaIsWhatIsLeftOnTopOfIt() {
        rentingARoomInLuton(visitor.start("en")
                .date("date-of-birth", TODAY.minusYears(23).minusMonths(4))
                .yes("citizen"))
                .yes("fact-claimant-recentNationalInsurance")
                .confirm();

        assertThat(browser.text("#benefit-new_style_jsa .tg-amount")).contains("£75.65 a week", "£327.82 a month");
        assertThat(browser.text("#benefit-universal_credit .tg-amount"))
                .endsWith("About £446.93 a month on top of New Style Jobseeker’s Allowance (£774.75 a month in all)");
        assertThat(browser.text("#totals")).contains("£774.75").doesNotContain("£1,102.57");
        browser.assertReflowsAt(320);
    }

    /**
     * The same young renter in Luton, whose visa says "no public funds", who has worked and paid National
     * Insurance. By the law: Universal Credit and Council Tax Reduction are public funds (Immigration and Asylum
     * Act 1999 s.115), so neither is paid; New Style JSA is contributory, not public funds: under 25, £75.65 a week
     * (JSA Regs 2013 reg 49 as up-rated for 2026/27), 75.65 x 52 / 12 = £327.82 a month, "might" because the DWP
     * checks the contributions.
     */
    @Test
    void someoneWhoseVisaSaysNoPublicFundsIsToldWhatTheyCanStillGet() {
        visitor.start("en")
                .date("date-of-birth", TODAY.minusYears(23).minusMonths(4))
                .no("citizen");
        assertThat(browser.text("h1")).isEqualTo("What permission do you have to live in the UK?");
        browser.assertAccessible();
        browser.assertReflowsAt(320);
        rentingARoomInLuton(visitor.choose("immigration-status", "NO_PUBLIC_FUNDS"))
                .yes("fact-claimant-recentNationalInsurance")
                .confirm();

        assertThat(browser.text("#benefit-universal_credit .tg-status")).isEqualTo("You cannot get this now");
        assertThat(browser.text("#benefit-universal_credit")).contains("Permission to stay with no recourse to public funds")
                .as("nothing to bring for help that cannot be had").doesNotContain("What to bring");
        assertThat(browser.text("#benefit-council_tax_reduction .tg-status")).isEqualTo("You cannot get this now");
        assertThat(browser.text("#benefit-new_style_jsa .tg-amount")).contains("£75.65 a week", "£327.82 a month");
        browser.assertAccessible();
    }

    /**
     * With pre-settled status, the 23-year-old's Universal Credit (£774.75 by hand, above) is "might": whether she
     * has a right to reside that counts (as a worker, say) is for an adviser to ask (UC Regs 2013 reg 9(3)(c)(i)).
     */
    @Test
    void withPreSettledStatusAnAdviserAsksAboutTheRightToReside() {
        visitor.start("en")
                .date("date-of-birth", TODAY.minusYears(23).minusMonths(4))
                .no("citizen");
        rentingARoomInLuton(visitor.choose("immigration-status", "PRE_SETTLED"))
                .no("fact-claimant-recentNationalInsurance")
                .confirm();

        assertThat(browser.text("#benefit-universal_credit .tg-amount")).contains("£774.75");
        assertThat(browser.text("#benefit-universal_credit .tg-status")).isEqualTo("You might get this");
        assertThat(browser.text("#benefit-universal_credit")).contains("Do you have a right to live in the UK as a worker");
    }

    /** The 23-year-old's answers from "partner" to "carer": single, renting a room in Luton for £500 a month, not working. */
    private static KioskVisitor rentingARoomInLuton(KioskVisitor visitor) {
        return visitor.no("partner")
                .type("children", "0")
                .type("other-adults", "0")
                .choose("home", "private_rent")
                .money("rent", "500", "MONTHLY")
                .type("postcode", "LU4 9AA")
                .choose("council", "E06000032")
                .money("council-tax", "", null)
                .choose("work", "no")
                .money("savings", "0", null)
                .no("health")
                .no("carer");
    }

    private void assertNoRentalJargon() {
        browser.assertReflowsAt(320);
        assertThat(browser.pageText()).doesNotContain("LHA Direct", "Broad Rental Market Area", "Local Housing Allowance");
    }
}
