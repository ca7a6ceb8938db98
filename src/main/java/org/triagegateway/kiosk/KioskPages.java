package org.triagegateway.kiosk;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * The typed models of the kiosk's pages (templates in {@code views/kiosk/}). Public only because
 * the templates' expression language reads public methods alone.
 */
public final class KioskPages {

    /** Up to this many places are radios; more (every council) are a select list. */
    static final int MOST_RADIOS = 8;

    private KioskPages() {
    }

    /**
     * What every page's layout needs: the language and its direction, and, inside a session, the
     * form token and the idle timings for the warning.
     */
    @Introspected
    public record Chrome(String lang, String dir, @Nullable String csrf, long timeoutSeconds, long warningSeconds) {

        public boolean inSession() {
            return csrf != null;
        }
    }

    @Introspected
    public record Language(String code, String name, boolean current) {
    }

    @Introspected
    public record StartPage(Chrome chrome, List<Language> languages) {
    }

    /** @param carryOn where this browser's check goes on, offered beside "start a new check"; null for none */
    @Introspected
    public record MessagePage(Chrome chrome, String messageKey, @Nullable String carryOn) {

        MessagePage(Chrome chrome, String messageKey) {
            this(chrome, messageKey, null);
        }
    }

    /**
     * "Finish and clear", asked first.
     *
     * @param reference the household's reference, once the person has had results: to keep before clearing
     * @param back the page to go back to for "no"
     */
    @Introspected
    public record FinishPage(Chrome chrome, @Nullable String reference, String back) {
    }

    @Introspected
    /** A choice: its words from the message bundle by key, or a name as it is (a council's) in {@code label}. */
    public record Option(String value, String labelKey, @Nullable String label) {
        Option(String value, String labelKey) {
            this(value, labelKey, null);
        }
    }

    /**
     * @param values what the form's fields hold, by field name
     * @param errors for the error summary, in the page's order
     * @param fieldErrors the same errors' message keys by field name, for the messages beside the fields
     * @param describedBy the ids of the hint and error message that describe each field or group, by its id
     */
    @Introspected
    public record QuestionPage(Chrome chrome, String id, String kind, String title, @Nullable String hint, List<Option> options,
                        Map<String, String> values, List<FieldError> errors, Map<String, String> fieldErrors,
                        Map<String, String> describedBy, String back, String action) {
    }

    /** A message for one form field: the field's id is the link target in the error summary. */
    @Introspected
    public record FieldError(String field, String messageKey) {
    }

    @Introspected
    public record SummaryRow(String id, String label, String value, String change) {
    }

    @Introspected
    public record CheckPage(Chrome chrome, List<SummaryRow> rows, String back) {
    }

    @Introspected
    public record BenefitCard(String id, String name, String statusKey, @Nullable String amount, @Nullable Text reason,
                       List<Text> bring, String agency, List<Text> askAbout) {
    }

    /** A sentence of the rules: in the page's language, or in English (lang "en") where it has no translation yet. */
    @Introspected
    public record Text(String value, @Nullable String lang) {

        public @Nullable String dir() {
            return lang == null ? null : "ltr";
        }
    }

    @Introspected
    public record ServiceCard(String name, String what, @Nullable String phone, String website) {
    }

    /**
     * @param betterOff the better-off figure's HTML, built from escaped text in the session's language
     * @param qrCode an SVG built from the reference alone
     * @param servicesInEnglish the local services, as the councils list them, on a page in another language
     */
    @Introspected
    public record ResultsPage(Chrome chrome, String reference, String qrCode, KioskResults.Totals totals,
                              List<BenefitCard> likely, List<BenefitCard> possible,
                       List<BenefitCard> notNow, List<ServiceCard> services, @Nullable String betterOff,
                       boolean servicesInEnglish) {
    }
}
