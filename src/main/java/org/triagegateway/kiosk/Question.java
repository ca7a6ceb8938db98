package org.triagegateway.kiosk;

import org.triagegateway.kiosk.KioskPages.FieldError;
import org.triagegateway.location.Postcode;
import org.triagegateway.web.TypedDigits;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One page of the kiosk: one question, how its answer is read from the form, and when it is
 * asked at all. Its words are in the message bundles under {@code <messageKey>.*}: {@code q.*} for
 * the fixed core (i18n/kiosk), {@code fact.*} for the catalogue's questions (i18n/questions).
 *
 * @param args what fills the words' {0}, {1}: a child's number, and for a follow-up their date of birth
 * @param limits for a date, the youngest and oldest age in years; for a number, the smallest and
 *               largest value; for money, the largest amount
 * @param options the choices (CHOICE) or the frequencies offered (MONEY; none means a single amount)
 * @param optional may be left blank, for "I do not know"
 */
record Question(String id, Kind kind, String messageKey, List<Object> args, List<String> options,
                BigDecimal min, BigDecimal max, boolean optional, Predicate<KioskAnswers> asked) {

    /** PLACE: a council or rental area, its choices bound to the household's postcode (KioskJourney.bound). */
    enum Kind { YES_NO, CHOICE, DATE, MONEY, NUMBER, TEXT, POSTCODE, PLACE }

    static final String DAY = "-day";
    static final String MONTH = "-month";
    static final String YEAR = "-year";
    static final String AMOUNT = "-amount";
    static final String FREQUENCY = "-frequency";

    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d)?");
    private static final Pattern MONEY = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern PLACE = Pattern.compile("[\\p{L} .,'&()-]{1,80}");
    private static final int FIRST_YEAR = 1900;

    /** The answer's stored fields: money keeps its frequency beside the amount. */
    List<String> storedFields() {
        return kind == Kind.MONEY && !options.isEmpty() ? List.of(id, id + FREQUENCY) : List.of(id);
    }

    /** The form field an error summary links to first. */
    String firstInput() {
        return kind == Kind.DATE ? id + DAY : kind == Kind.MONEY ? id + AMOUNT : id;
    }

    Reading read(Map<String, String> form, LocalDate today) {
        return switch (kind) {
            case YES_NO -> choice(form, orNotKnown(List.of(KioskAnswers.YES, KioskAnswers.NO)));
            case CHOICE -> choice(form, orNotKnown(options));
            case DATE -> date(form, today);
            case MONEY -> money(form);
            case NUMBER -> number(form);
            case TEXT -> text(form);
            case POSTCODE -> postcode(form);
            case PLACE -> choice(form, withNotKnown(options));
        };
    }

    Question withOptions(List<String> choices) {
        return new Question(id, kind, messageKey, args, List.copyOf(choices), min, max, optional, asked);
    }

    /** The answers a person may give: "I do not know" as well where the question is optional. */
    List<String> orNotKnown(List<String> answers) {
        return optional ? withNotKnown(answers) : answers;
    }

    private static List<String> withNotKnown(List<String> choices) {
        List<String> all = new ArrayList<>(choices);
        all.add(KioskAnswers.NOT_KNOWN);
        return all;
    }

    private Reading postcode(Map<String, String> form) {
        String value = trimmed(form, id);
        if (value.isEmpty()) {
            return Reading.of(id, KioskAnswers.NOT_KNOWN);
        }
        return Postcode.parse(value).map(p -> Reading.of(id, p.toString()))
                .orElseGet(() -> Reading.error(id, messageKey + ".error.format"));
    }

    private Reading choice(Map<String, String> form, List<String> allowed) {
        String value = trimmed(form, id);
        return allowed.contains(value) ? Reading.of(id, value) : Reading.error(id, required());
    }

    private Reading date(Map<String, String> form, LocalDate today) {
        String day = trimmed(form, id + DAY);
        String month = trimmed(form, id + MONTH);
        String year = trimmed(form, id + YEAR);
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return Reading.error(id + DAY, required());
        }
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            return Reading.error(firstBlankOrWrong(day, month, year), "error.date.real");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return Reading.error(id + DAY, "error.date.real");
        }
        if (date.getYear() < FIRST_YEAR || date.isAfter(today)) {
            return Reading.error(id + DAY, "error.date.past");
        }
        int age = Period.between(date, today).getYears();
        if (age < min.intValue() || age > max.intValue()) {
            return Reading.error(id + DAY, messageKey + ".error.age");
        }
        return Reading.of(id, date.toString());
    }

    private String firstBlankOrWrong(String day, String month, String year) {
        if (!day.matches("\\d{1,2}")) {
            return id + DAY;
        }
        return month.matches("\\d{1,2}") ? id + YEAR : id + MONTH;
    }

    private Reading money(Map<String, String> form) {
        String amount = decimalPoint(trimmed(form, id + AMOUNT).replace("£", "").replace(" ", ""));
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        if (amount.isEmpty() && optional) {
            values.put(id, KioskAnswers.NOT_KNOWN);
        } else if (amount.isEmpty()) {
            errors.add(new FieldError(id + AMOUNT, required()));
        } else if (!MONEY.matcher(amount).matches()) {
            errors.add(new FieldError(id + AMOUNT, "error.money.format"));
        } else if (new BigDecimal(amount).compareTo(max) > 0) {
            errors.add(new FieldError(id + AMOUNT, "error.money.max"));
        } else {
            values.put(id, new BigDecimal(amount).setScale(2).toPlainString());
        }
        if (!options.isEmpty() && values.containsKey(id) && !KioskAnswers.NOT_KNOWN.equals(values.get(id))
                && new BigDecimal(values.get(id)).signum() > 0) {
            String frequency = trimmed(form, id + FREQUENCY);
            if (options.contains(frequency)) {
                values.put(id + FREQUENCY, frequency);
            } else {
                errors.add(new FieldError(id + FREQUENCY, "error.frequency"));
            }
        }
        return new Reading(errors.isEmpty() ? values : Map.of(), errors);
    }

    private Reading number(Map<String, String> form) {
        String value = decimalPoint(trimmed(form, id));
        boolean whole = min.scale() == 0;
        if (value.isEmpty()) {
            return optional ? Reading.of(id, KioskAnswers.NOT_KNOWN) : Reading.error(id, required());
        }
        if (!(whole ? WHOLE : DECIMAL).matcher(value).matches()) {
            return Reading.error(id, whole ? "error.number.whole" : "error.number.format");
        }
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            return Reading.error(id, messageKey + ".error.range");
        }
        return Reading.of(id, number.stripTrailingZeros().toPlainString());
    }

    private Reading text(Map<String, String> form) {
        String value = trimmed(form, id).replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return optional ? Reading.of(id, KioskAnswers.NOT_KNOWN) : Reading.error(id, required());
        }
        return PLACE.matcher(value).matches() ? Reading.of(id, value) : Reading.error(id, messageKey + ".error.format");
    }

    /**
     * Many people write a decimal comma ("120,50" in Polish): a comma with one or two digits after it
     * is the decimal point; other commas separate thousands ("1,200").
     */
    static String decimalPoint(String number) {
        return DECIMAL_COMMA.matcher(number).matches() ? number.replace(',', '.') : number.replace(",", "");
    }

    private String required() {
        return messageKey + ".error";
    }

    /** Every answer is read through here: what was typed, its digits as 0 to 9, without spaces around it. */
    private static String trimmed(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? "" : TypedDigits.western(value).strip();
    }

    /** The fields read from a form, or what is wrong with them: never both. */
    record Reading(Map<String, String> values, List<FieldError> errors) {

        static Reading of(String field, String value) {
            return new Reading(Map.of(field, value), List.of());
        }

        static Reading error(String field, String messageKey) {
            return new Reading(Map.of(), List.of(new FieldError(field, messageKey)));
        }

        boolean valid() {
            return errors.isEmpty();
        }
    }
}
