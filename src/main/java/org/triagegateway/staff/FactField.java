package org.triagegateway.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.micronaut.core.annotation.Nullable;
import org.triagegateway.household.FactLabels;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.NationalInsuranceNumber;
import org.triagegateway.rules.Pounds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One household value as a form field: which GOV.UK pattern shows it, how the typed text becomes
 * the record's value, and how the value reads on a page.
 */
final class FactField {

    enum Kind { CHOICE, DATE, MONEY, NUMBER, WHOLE, TEXT }

    static final String DAY = "-day";
    static final String MONTH = "-month";
    static final String YEAR = "-year";
    /** The radio for "not known": the value is taken away. */
    static final String NOT_KNOWN = "not-known";
    static final String YES = "true";
    static final String NO = "false";

    private static final Pattern MONEY = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");
    private static final int LONGEST_TEXT = 200;

    private final FactPath path;

    FactField(FactPath path) {
        this.path = path;
    }

    FactPath path() {
        return path;
    }

    Kind kind() {
        Class<?> type = path.type();
        if (type == Boolean.class || type.isEnum()) {
            return Kind.CHOICE;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type == BigDecimal.class) {
            return path.money() ? Kind.MONEY : Kind.NUMBER;
        }
        return type == Integer.class ? Kind.WHOLE : Kind.TEXT;
    }

    /** The choices, yes and no for a Boolean, and "not known" too when the change page may take the value away. */
    List<StaffPages.Option> options(Map<String, String> typed, boolean notKnown) {
        List<StaffPages.Option> options = new ArrayList<>();
        String chosen = typed.get(path.fieldName());
        if (path.type() == Boolean.class) {
            options.add(new StaffPages.Option(YES, "Yes", YES.equals(chosen), null));
            options.add(new StaffPages.Option(NO, "No", NO.equals(chosen), null));
        } else {
            for (Object constant : path.type().getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                options.add(new StaffPages.Option(name, FactLabels.choice((Enum<?>) constant), name.equals(chosen), null));
            }
        }
        if (notKnown && !path.required()) {
            options.add(new StaffPages.Option(NOT_KNOWN, "Not known", NOT_KNOWN.equals(chosen), null));
        }
        return options;
    }

    /** The value as the form's fields, to fill the form in with what the record holds. */
    Map<String, String> typed(Optional<JsonNode> value) {
        Map<String, String> typed = new LinkedHashMap<>();
        String name = path.fieldName();
        value.ifPresent(v -> {
            if (kind() == Kind.DATE) {
                LocalDate date = LocalDate.parse(v.asText());
                typed.put(name + DAY, String.valueOf(date.getDayOfMonth()));
                typed.put(name + MONTH, String.valueOf(date.getMonthValue()));
                typed.put(name + YEAR, String.valueOf(date.getYear()));
            } else if (kind() == Kind.MONEY) {
                typed.put(name, v.decimalValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
            } else {
                typed.put(name, v.asText());
            }
        });
        return typed;
    }

    /** What was typed for this field, kept as it was so nobody types it twice. */
    Map<String, String> typedIn(Map<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : kind() == Kind.DATE ? List.of(path.fieldName() + DAY, path.fieldName() + MONTH, path.fieldName() + YEAR)
                : List.of(path.fieldName())) {
            String value = form.get(field);
            if (value != null && value.length() <= LONGEST_TEXT) {
                typed.put(field, value);
            }
        }
        return typed;
    }

    /** The value as a page shows it: "Yes", "£125.50", "1 May 1990", or "Not given". */
    String display(Optional<JsonNode> value) {
        if (value.isEmpty()) {
            return "Not given";
        }
        JsonNode v = value.get();
        Class<?> type = path.type();
        if (type == Boolean.class) {
            return v.asBoolean() ? "Yes" : "No";
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(v.asText())) {
                    return FactLabels.choice((Enum<?>) constant);
                }
            }
        }
        return switch (kind()) {
            case DATE -> HouseholdPage.DATE.format(LocalDate.parse(v.asText()));
            case MONEY -> Pounds.gbp(v.decimalValue());
            default -> v.asText();
        };
    }

    /**
     * Reads this field from a posted form.
     *
     * @param blankClears on the change page a blank takes the value away; on the questions page it leaves it unanswered
     */
    Reading read(Map<String, String> form, boolean blankClears) {
        String name = path.fieldName();
        String typed = kind() == Kind.DATE
                ? trimmed(form, name + DAY) + trimmed(form, name + MONTH) + trimmed(form, name + YEAR)
                : trimmed(form, name);
        if (typed.isEmpty() || typed.equals(NOT_KNOWN)) {
            if (typed.equals(NOT_KNOWN) && path.required()) {
                return Reading.error(name, "Choose one of the options");
            }
            if (!blankClears && !typed.equals(NOT_KNOWN)) {
                return Reading.SKIP;
            }
            return path.required() ? Reading.error(firstInput(), missing()) : Reading.of(NullNode.getInstance());
        }
        return switch (kind()) {
            case CHOICE -> choice(trimmed(form, name));
            case DATE -> date(form);
            case MONEY -> matching(MONEY, trimmed(form, name).replace("£", "").replace(",", ""),
                    "Enter an amount in pounds and pence, like 125.50", v -> DecimalNode.valueOf(new BigDecimal(v).setScale(2)));
            case NUMBER -> matching(NUMBER, trimmed(form, name), "Enter a number, like 16 or 7.5",
                    v -> DecimalNode.valueOf(new BigDecimal(v)));
            case WHOLE -> matching(WHOLE, trimmed(form, name), "Enter a whole number, like 2", v -> IntNode.valueOf(Integer.parseInt(v)));
            case TEXT -> text(trimmed(form, name));
        };
    }

    /** The input the error summary links to: a date's day box, or the field itself. */
    String firstInput() {
        return kind() == Kind.DATE ? path.fieldName() + DAY : path.fieldName();
    }

    private String missing() {
        return kind() == Kind.CHOICE ? "Choose one of the options" : "Enter the " + FactLabels.label(path).toLowerCase(java.util.Locale.UK);
    }

    private Reading choice(String value) {
        return options(Map.of(), false).stream().anyMatch(o -> o.value().equals(value))
                ? Reading.of(path.type() == Boolean.class ? BooleanNode.valueOf(YES.equals(value)) : TextNode.valueOf(value))
                : Reading.error(path.fieldName(), "Choose one of the options");
    }

    private Reading date(Map<String, String> form) {
        String name = path.fieldName();
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(trimmed(form, name + YEAR)), Integer.parseInt(trimmed(form, name + MONTH)),
                    Integer.parseInt(trimmed(form, name + DAY)));
            return Reading.of(TextNode.valueOf(date.toString()));
        } catch (NumberFormatException | DateTimeException e) {
            return Reading.error(name + DAY, "Enter a real date, like 27 3 2024");
        }
    }

    private Reading text(String value) {
        if (value.length() > LONGEST_TEXT) {
            return Reading.error(path.fieldName(), "Enter " + LONGEST_TEXT + " characters or fewer");
        }
        if (path.name().equals("nationalInsuranceNumber")) {
            return NationalInsuranceNumber.parse(value).map(n -> Reading.of(TextNode.valueOf(n))).orElse(
                    Reading.error(path.fieldName(), "Enter a National Insurance number in the right format, like QQ 12 34 56 C"));
        }
        return Reading.of(TextNode.valueOf(value));
    }

    private Reading matching(Pattern pattern, String value, String error, java.util.function.Function<String, JsonNode> convert) {
        return pattern.matcher(value).matches() ? Reading.of(convert.apply(value)) : Reading.error(path.fieldName(), error);
    }

    private static String trimmed(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? "" : value.strip();
    }

    /**
     * What a field's form gave: a value to write (JSON null takes it away), nothing to change, or an error.
     */
    record Reading(@Nullable JsonNode value, @Nullable StaffPages.FieldError error) {

        static final Reading SKIP = new Reading(null, null);

        static Reading of(JsonNode value) {
            return new Reading(value, null);
        }

        static Reading error(String field, String message) {
            return new Reading(null, new StaffPages.FieldError(field, message));
        }
    }
}
