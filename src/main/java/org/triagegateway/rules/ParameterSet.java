package org.triagegateway.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The parameter values in force on one assessment date. Rules read it as a global; it never
 * changes, so one instance can serve many sessions at once.
 */
public final class ParameterSet {

    private final LocalDate date;
    private final Map<String, ParameterValue> values;
    private final String version;

    ParameterSet(LocalDate date, Map<String, ParameterValue> values, String version) {
        this.date = date;
        this.values = Map.copyOf(values);
        this.version = version;
    }

    public BigDecimal amount(String key) {
        return value(key, BigDecimal.class);
    }

    /** An amount that a source leaves blank for some cases (held as null): null then. */
    public BigDecimal amountOrNull(String key) {
        return get(key).value() == null ? null : amount(key);
    }

    public int whole(String key) {
        return amount(key).intValueExact();
    }

    public boolean flag(String key) {
        return value(key, Boolean.class);
    }

    public String text(String key) {
        return value(key, String.class);
    }

    public LocalDate date(String key) {
        return value(key, LocalDate.class);
    }

    /** Whether a value is in force for this key, for data that exists for some places only. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Reference source(String key) {
        return get(key).reference();
    }

    /** A provision of law followed by the source of the figure it used, for an explanation step. */
    public String cite(String provision, String key) {
        Reference source = source(key);
        return source == null || source.title() == null ? provision : provision + "; figure: " + source.title();
    }

    public LocalDate date() {
        return date;
    }

    public String version() {
        return version;
    }

    private <T> T value(String key, Class<T> type) {
        Object value = get(key).value();
        if (!type.isInstance(value)) {
            throw new RuleBaseException("Parameter " + key + " on " + date + " is not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    private ParameterValue get(String key) {
        ParameterValue value = values.get(key);
        if (value == null) {
            throw new RuleBaseException("No value of parameter " + key + " is in force on " + date);
        }
        return value;
    }
}
