package org.triagegateway.kiosk;

import org.junit.jupiter.api.Test;
import org.triagegateway.web.TypedDigits;
import org.triagegateway.kiosk.KioskPages.FieldError;
import org.triagegateway.kiosk.Question.Kind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Question BIRTH = new Question("date-of-birth", Kind.DATE, "q.dateOfBirth", List.of(), List.of(),
            BigDecimal.valueOf(16), BigDecimal.valueOf(120), false, a -> true);
    private static final Question RENT = new Question("rent", Kind.MONEY, "q.rent", List.of(), KioskJourney.PAY_FREQUENCIES,
            null, new BigDecimal("999999.99"), false, a -> true);
    private static final Question COUNCIL_TAX = new Question("council-tax", Kind.MONEY, "q.councilTax", List.of(), List.of(),
            null, new BigDecimal("999999.99"), true, a -> true);
    private static final Question HOURS = new Question("hours", Kind.NUMBER, "q.hours", List.of(), List.of(),
            new BigDecimal("0.5"), BigDecimal.valueOf(100), false, a -> true);
    private static final Question CHILDREN = new Question("children", Kind.NUMBER, "q.children", List.of(), List.of(),
            BigDecimal.ZERO, BigDecimal.TEN, false, a -> true);

    @Test
    void aDateIsThreeBoxesThatMustMakeARealDateInThePast() {
        assertThat(BIRTH.read(date("1", "5", "1990"), TODAY).values()).containsEntry("date-of-birth", "1990-05-01");
        assertThat(errors(BIRTH, date("31", "2", "1990"))).containsExactly(new FieldError("date-of-birth-day", "error.date.real"));
        assertThat(errors(BIRTH, date("1", "", "1990"))).containsExactly(new FieldError("date-of-birth-month", "error.date.real"));
        assertThat(errors(BIRTH, date("1", "5", "90"))).containsExactly(new FieldError("date-of-birth-year", "error.date.real"));
        assertThat(errors(BIRTH, date("", "", ""))).containsExactly(new FieldError("date-of-birth-day", "q.dateOfBirth.error"));
        assertThat(errors(BIRTH, date("1", "1", "2027"))).containsExactly(new FieldError("date-of-birth-day", "error.date.past"));
    }

    @Test
    void aDateOfBirthMustGiveAnAgeInTheQuestionsRange() {
        assertThat(errors(BIRTH, date("24", "11", "2010"))).containsExactly(
                new FieldError("date-of-birth-day", "q.dateOfBirth.error.age"));
        assertThat(BIRTH.read(date("23", "11", "2010"), TODAY).valid()).as("16 today").isTrue();
    }

    @Test
    void moneyIsReadAsPeopleWriteIt() {
        assertThat(amount(RENT, "525")).isEqualTo("525.00");
        assertThat(amount(RENT, "£1,250.5")).isEqualTo("1250.50");
        assertThat(amount(RENT, "120,50")).as("a decimal comma").isEqualTo("120.50");
        assertThat(amount(RENT, "1,200")).as("a thousands comma").isEqualTo("1200.00");
        assertThat(errors(RENT, Map.of("rent-amount", "12.345", "rent-frequency", "MONTHLY")))
                .containsExactly(new FieldError("rent-amount", "error.money.format"));
        assertThat(errors(RENT, Map.of("rent-amount", "-5", "rent-frequency", "MONTHLY")))
                .containsExactly(new FieldError("rent-amount", "error.money.format"));
        assertThat(errors(RENT, Map.of("rent-amount", "1000000", "rent-frequency", "MONTHLY")))
                .containsExactly(new FieldError("rent-amount", "error.money.max"));
    }

    @Test
    void anAmountAboveZeroNeedsToSayHowOftenAndNothingNeedsItForZero() {
        assertThat(errors(RENT, Map.of("rent-amount", "525"))).containsExactly(new FieldError("rent-frequency", "error.frequency"));
        assertThat(errors(RENT, Map.of("rent-amount", "525", "rent-frequency", "DAILY")))
                .containsExactly(new FieldError("rent-frequency", "error.frequency"));
        assertThat(RENT.read(Map.of("rent-amount", "0"), TODAY).values()).containsOnlyKeys("rent");
        assertThat(RENT.read(Map.of("rent-amount", "525", "rent-frequency", "WEEKLY"), TODAY).values())
                .containsEntry("rent-frequency", "WEEKLY");
    }

    @Test
    void anOptionalAmountLeftBlankIsNotKnownAndARequiredOneIsAnError() {
        assertThat(COUNCIL_TAX.read(Map.of("council-tax-amount", " "), TODAY).values())
                .containsEntry("council-tax", KioskAnswers.NOT_KNOWN);
        assertThat(errors(RENT, Map.of("rent-amount", ""))).containsExactly(new FieldError("rent-amount", "q.rent.error"));
    }

    @Test
    void numbersAreWholeOrHaveOneDecimalPlaceAndStayInRange() {
        assertThat(HOURS.read(Map.of("hours", "16,5"), TODAY).values()).containsEntry("hours", "16.5");
        assertThat(HOURS.read(Map.of("hours", "30.0"), TODAY).values()).containsEntry("hours", "30");
        assertThat(errors(HOURS, Map.of("hours", "0"))).containsExactly(new FieldError("hours", "q.hours.error.range"));
        assertThat(errors(HOURS, Map.of("hours", "ten"))).containsExactly(new FieldError("hours", "error.number.format"));
        assertThat(errors(CHILDREN, Map.of("children", "1.5"))).containsExactly(new FieldError("children", "error.number.whole"));
        assertThat(errors(CHILDREN, Map.of("children", "11"))).containsExactly(new FieldError("children", "q.children.error.range"));
        assertThat(CHILDREN.read(Map.of("children", "0"), TODAY).values()).containsEntry("children", "0");
    }

    @Test
    void urduAndArabicDigitsAreTheSameNumbersInDatesMoneyHoursAndCounts() {
        assertThat(BIRTH.read(date("۱۲", "۴", "۱۹۷۷"), TODAY).values()).as("Urdu digits")
                .containsEntry("date-of-birth", "1977-04-12");
        assertThat(BIRTH.read(date("١٢", "٤", "١٩٧٧"), TODAY).values()).as("Arabic digits")
                .containsEntry("date-of-birth", "1977-04-12");
        assertThat(BIRTH.read(date("12", "۴", "1977"), TODAY).values()).as("some of each")
                .containsEntry("date-of-birth", "1977-04-12");
        assertThat(errors(BIRTH, date("۳۱", "۲", "۱۹۹۰"))).containsExactly(new FieldError("date-of-birth-day", "error.date.real"));
        assertThat(amount(RENT, "۷۲۵")).isEqualTo("725.00");
        assertThat(amount(RENT, "£۱,۲۵۰.۵")).isEqualTo("1250.50");
        assertThat(amount(RENT, "۱۲۰,۵۰")).as("a decimal comma").isEqualTo("120.50");
        assertThat(amount(RENT, "١٢٠٫٥٠")).as("the Arabic decimal separator").isEqualTo("120.50");
        assertThat(amount(RENT, "١٬٢٥٠")).as("the Arabic thousands separator").isEqualTo("1250.00");
        assertThat(HOURS.read(Map.of("hours", "۱۶.۵"), TODAY).values()).containsEntry("hours", "16.5");
        assertThat(CHILDREN.read(Map.of("children", "٣"), TODAY).values()).containsEntry("children", "3");
        assertThat(errors(CHILDREN, Map.of("children", "۱۱"))).containsExactly(new FieldError("children", "q.children.error.range"));
    }

    @Test
    void everyScriptsDecimalDigitsAreReadAndOtherNumberSignsAreNot() {
        assertThat(TypedDigits.western("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
        assertThat(TypedDigits.western("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
        assertThat(TypedDigits.western("०१२३४५६७८९")).as("Devanagari").isEqualTo("0123456789");
        assertThat(TypedDigits.western("০১২৩৪৫৬৭৮৯")).as("Bengali").isEqualTo("0123456789");
        assertThat(TypedDigits.western("０１２３")).as("full width").isEqualTo("0123");
        assertThat(TypedDigits.western("𝟏𝟐")).as("beyond the first 65,536 characters").isEqualTo("12");
        assertThat(TypedDigits.western("LU۱ ۱AA")).isEqualTo("LU1 1AA");
        // a superscript, a fraction or a Roman numeral is a number sign but not a digit: it stays, and is refused
        assertThat(TypedDigits.western("²½Ⅻ")).isEqualTo("²½Ⅻ");
        assertThat(errors(CHILDREN, Map.of("children", "²"))).containsExactly(new FieldError("children", "error.number.whole"));
        Question postcode = new Question("postcode", Kind.POSTCODE, "q.postcode", List.of(), List.of(), null, null, true, a -> true);
        assertThat(postcode.read(Map.of("postcode", "LU۱ ۱AA"), TODAY).values()).containsEntry("postcode", "LU1 1AA");
    }

    @Test
    void aYesOrNoAcceptsOnlyYesOrNo() {
        Question partner = new Question("partner", Kind.YES_NO, "q.partner", List.of(), List.of(), null, null, false, a -> true);
        assertThat(partner.read(Map.of("partner", "yes"), TODAY).values()).containsEntry("partner", "yes");
        assertThat(errors(partner, Map.of("partner", "maybe"))).containsExactly(new FieldError("partner", "q.partner.error"));
        assertThat(errors(partner, Map.of())).containsExactly(new FieldError("partner", "q.partner.error"));
    }

    private static Map<String, String> date(String day, String month, String year) {
        return Map.of("date-of-birth-day", day, "date-of-birth-month", month, "date-of-birth-year", year);
    }

    private static List<FieldError> errors(Question question, Map<String, String> form) {
        Question.Reading reading = question.read(form, TODAY);
        assertThat(reading.values()).as("no values when something is wrong").isEmpty();
        return reading.errors();
    }

    private static String amount(Question question, String typed) {
        return question.read(Map.of(question.id() + "-amount", typed, question.id() + "-frequency", "MONTHLY"), TODAY)
                .values().get(question.id());
    }
}
