package org.triagegateway.kiosk;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A couple where one partner is disabled and the other cares, walked through the kiosk in a real
 * browser and compared with figures computed by hand from the law. Before the kiosk asked whether
 * the person looked after gets a qualifying benefit, caring gave the carer element on the person's
 * word alone; and only the person at the kiosk could be the carer.
 */
@MicronautTest
class KioskCarersBrowserTest extends BrowserTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @MockBean(Clock.class)
    Clock heldClock() {
        return Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
    }

    /**
     * A couple of 40 and 42 renting a 1-bedroom flat from a housing association in Luton for £480 a
     * month, neither working, no savings. He has PIP with the daily living part at the standard rate;
     * she, at the kiosk, answers that her partner looks after nobody, and that she looks after him 35
     * hours a week. By hand (2026/27):
     * <ul>
     * <li>Universal Credit (UC Regs 2013 reg 36 table, SI 2026/113): standard allowance, joint claim, one or both
     * 25 or over, £666.97; carer element £209.34 (reg 29: 35 hours caring for someone with PIP daily living,
     * reg 30); housing costs: a couple is allowed one bedroom (Sch 4 para 10) and has one, so the rent in full,
     * £480.00 (para 34); maximum amount 666.97 + 209.34 + 480.00 = <b>£1,356.31</b> a month. PIP is not income
     * (reg 66), there are no earnings and no capital; the carer element exempts the household from the
     * benefit cap (reg 83(1)(a), (b)), and so does his PIP (reg 83(1)).</li>
     * <li>Carer's Allowance (SSCBA 1992 s.70): £86.45 a week, 86.45 x 52 / 12 = <b>£374.62</b> a month.</li>
     * <li>Universal Credit takes Carer's Allowance off in full as unearned income (reg 66(1)(b)): 1,356.31 - 374.62 =
     * <b>£981.69</b> a month; in all, 981.69 + 374.62 = <b>£1,356.31</b> a month.</li>
     * </ul>
     */
    @Test
    void aCoupleWhereOneCaresForTheOtherSeeTheCarerElementAndCarersAllowance() {
        visitor.start("en")
                .date("date-of-birth", TODAY.minusYears(40).minusMonths(2))
                .yes("citizen")
                .yes("partner")
                .date("partner-date-of-birth", TODAY.minusYears(42).minusMonths(5))
                .yes("partner-citizen")
                .type("children", "0")
                .type("other-adults", "0")
                .choose("home", "social_rent")
                .money("rent", "480", "MONTHLY")
                .type("bedrooms", "1")
                .type("postcode", "LU1 1AA")
                .choose("council", "E06000032")
                .money("council-tax", "1400", null)
                .choose("work", "no")
                .choose("partner-work", "no")
                .money("savings", "0", null)
                .no("health")
                .yes("partner-health")
                .choose("partner-disability-benefit", "PIP_DAILY_LIVING_STANDARD")
                .yes("carer")
                .yes("cared-for-benefit")
                .no("partner-carer");
        // then what the rules still need, one a page, until nothing is open
        visitor.yes("fact-partner-fitNote")
                .no("fact-claimant-pregnant")
                .no("fact-partner-pregnant")
                .no("fact-claimant-recentNationalInsurance")
                .no("fact-partner-recentNationalInsurance")
                .no("fact-claimant-fullTimeStudent")
                .confirm();

        assertThat(browser.text("#benefit-universal_credit .tg-amount")).contains("£981.69");
        assertThat(browser.text("#benefit-universal_credit .tg-status")).isEqualTo("You could get this");
        assertThat(browser.text("#benefit-carers_allowance .tg-amount")).contains("£86.45 a week", "£374.62 a month");
        assertThat(browser.text("#totals")).contains("£1,356.31");
        assertThat(browser.printedPages("results-print-carers")).as("printed: a summary on one or two sheets").isBetween(1, 2);
        assertThat(browser.pageText()).doesNotContain("the claimant", "claimant");
        browser.assertReflowsAt(320);
    }
}
