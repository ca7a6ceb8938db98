package org.triagegateway.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.triagegateway.household.Frequency;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PoundsTest {

    @ParameterizedTest
    @CsvSource({
            "0, £0.00", "0.5, £0.50", "7, £7.00", "12.345, £12.34", "12.355, £12.36", "999.99, £999.99",
            "1000, '£1,000.00'", "12570, '£12,570.00'", "123456.789, '£123,456.79'", "1234567, '£1,234,567.00'",
            "-5.2, -£5.20", "-1234.5, '-£1,234.50'"})
    void poundsAreWrittenToThePennyWithThousandsGrouped(String amount, String written) {
        assertThat(Pounds.gbp(new BigDecimal(amount))).isEqualTo(written);
    }

    /** UC Regs 2013 reg 6(1A)(za), SI 2017/138: 16 x 12.71 x 52 / 12 = 881.2266... is 881; 16 x 12.21 x 52 / 12 = 846.56 is 846. */
    @ParameterizedTest
    @CsvSource({"203.36, 881.00", "195.36, 846.00", "203.0769, 879.00"})
    void theBenefitCapsEarningsThresholdDisregardsAFractionOfAPound(String weekly, String threshold) {
        assertThat(Pounds.downToWholePounds(Pounds.monthlyExactly(new BigDecimal(weekly), Frequency.WEEKLY)))
                .isEqualByComparingTo(threshold);
    }
}
