package org.triagegateway.household;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Values the record allows but that are rarely right: a rent of £999,999.99 is a typo far more
 * often than a home. Each one asks "is this right?" before it is saved, and is saved once the
 * person who typed it says it is. The limits are not rules of entitlement (nothing in law caps a
 * rent or a wage); they are set well above what the people this service sees pay or earn, so that
 * a true value is questioned very rarely.
 */
public final class Plausibility {

    /** Rent and service charges for a home: a month's. */
    static final BigDecimal MOST_RENT_A_MONTH = new BigDecimal("5000");
    /** One job's pay or one other income: a month's. */
    static final BigDecimal MOST_INCOME_A_MONTH = new BigDecimal("20000");
    /** The council tax bill for the year. */
    static final BigDecimal MOST_COUNCIL_TAX_A_YEAR = new BigDecimal("10000");

    private Plausibility() {
    }

    /**
     * A value to check with the person who typed it.
     *
     * @param path the value that was changed, which the question is put beside
     * @param question what to check, in words: "£9,000.00 a month is more rent than ..."
     */
    public record Doubt(FactPath path, String question) {
    }

    /** The doubts about these changed values of the household, as it would be saved. */
    public static List<Doubt> of(JsonNode household, Collection<FactPath> changed) {
        List<Doubt> doubts = new ArrayList<>();
        for (FactPath path : changed) {
            question(household, path).ifPresent(q -> doubts.add(new Doubt(path, q)));
        }
        return doubts;
    }

    private static Optional<String> question(JsonNode household, FactPath path) {
        String name = path.name();
        if (path.owner() == Housing.class && name.equals("councilTax")) {
            return amount(household, path).filter(a -> a.compareTo(MOST_COUNCIL_TAX_A_YEAR) > 0)
                    .map(a -> pounds(a) + " a year is more council tax than almost any home is charged.");
        }
        if (path.owner() == Housing.class && (name.equals("rent") || name.equals("rentFrequency"))) {
            return monthly(household, path, "rent", "rentFrequency").filter(m -> m.compareTo(MOST_RENT_A_MONTH) > 0)
                    .map(m -> "That is " + pounds(m) + " a month in rent: more than almost any home costs.");
        }
        if (path.owner() == Earnings.class && (name.equals("gross") || name.equals("frequency"))) {
            return monthly(household, path, "gross", "frequency").filter(m -> m.compareTo(MOST_INCOME_A_MONTH) > 0)
                    .map(m -> "That is " + pounds(m) + " a month in pay, which is unusually high.");
        }
        if (path.owner() == OtherIncome.class && (name.equals("amount") || name.equals("frequency"))) {
            return monthly(household, path, "amount", "frequency").filter(m -> m.compareTo(MOST_INCOME_A_MONTH) > 0)
                    .map(m -> "That is " + pounds(m) + " a month, which is unusually high.");
        }
        return Optional.empty();
    }

    /** The amount beside this value, a month: as it is, when how often it is paid is not known yet. */
    private static Optional<BigDecimal> monthly(JsonNode household, FactPath path, String amount, String frequency) {
        Optional<BigDecimal> value = sibling(path, amount).flatMap(p -> amount(household, p));
        Optional<Frequency> every = sibling(path, frequency).flatMap(p -> p.read(household))
                .filter(JsonNode::isTextual).map(n -> Frequency.valueOf(n.asText()));
        return value.map(v -> every.map(f -> v.multiply(BigDecimal.valueOf(f.timesAYear()))
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)).orElse(v));
    }

    private static Optional<BigDecimal> amount(JsonNode household, FactPath path) {
        return path.read(household).filter(JsonNode::isNumber).map(JsonNode::decimalValue);
    }

    private static Optional<FactPath> sibling(FactPath path, String name) {
        String whole = path.toString();
        return FactPath.parse(whole.substring(0, whole.length() - path.name().length()) + name);
    }

    /** "£9,000.00": rules.Pounds says the same, but the household record does not depend on the rules. */
    private static String pounds(BigDecimal amount) {
        return String.format(Locale.UK, "£%,.2f", amount);
    }
}
