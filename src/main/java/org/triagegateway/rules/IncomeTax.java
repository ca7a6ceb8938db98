package org.triagegateway.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Income tax for a year on non-savings income, rates for England (Income Tax Act 2007 ss.6, 10,
 * 35). The figures are parameters ({@code income_tax.*}); the order of the calculation is here.
 */
public final class IncomeTax {

    private IncomeTax() {
    }

    /** The working: allowance, the income in each band and the tax on it. Amounts to the penny. */
    public record Working(BigDecimal income, BigDecimal personalAllowance, BigDecimal basicIncome,
                          BigDecimal higherIncome, BigDecimal additionalIncome, BigDecimal basicTax,
                          BigDecimal higherTax, BigDecimal additionalTax) {

        public BigDecimal total() {
            return basicTax.add(higherTax).add(additionalTax);
        }
    }

    public static Working on(BigDecimal income, ParameterSet parameters) {
        BigDecimal allowance = personalAllowance(income, parameters);
        BigDecimal taxable = Pounds.atLeastZero(income.subtract(allowance));
        BigDecimal basicLimit = parameters.amount("income_tax.bands.basic_rate_limit");
        BigDecimal higherLimit = parameters.amount("income_tax.bands.higher_rate_limit");
        BigDecimal basic = taxable.min(basicLimit);
        BigDecimal higher = Pounds.atLeastZero(taxable.min(higherLimit).subtract(basicLimit));
        BigDecimal additional = Pounds.atLeastZero(taxable.subtract(higherLimit));
        return new Working(income, allowance, basic, higher, additional,
                Pounds.toPenny(basic.multiply(parameters.amount("income_tax.rates.basic"))),
                Pounds.toPenny(higher.multiply(parameters.amount("income_tax.rates.higher"))),
                Pounds.toPenny(additional.multiply(parameters.amount("income_tax.rates.additional"))));
    }

    /** ITA 2007 s.35: reduced by half the income above the threshold; what is left rounded up to a whole pound. */
    static BigDecimal personalAllowance(BigDecimal income, ParameterSet parameters) {
        BigDecimal full = parameters.amount("income_tax.personal_allowance.amount");
        BigDecimal excess = income.subtract(parameters.amount("income_tax.personal_allowance.taper_threshold"));
        if (excess.signum() <= 0) {
            return full;
        }
        BigDecimal reduced = full.subtract(excess.multiply(parameters.amount("income_tax.personal_allowance.taper_rate")));
        return Pounds.atLeastZero(reduced.setScale(0, RoundingMode.CEILING).setScale(2));
    }
}
