package org.triagegateway.kiosk;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk can say every sentence the rule base can give a claimant in each of its languages. */
class RuleSentencesTest {

    private static final UnaryOperator<String> NAMES = Map.of("partner", "PARTNER", "claimant", "CLAIMANT")::get;

    private final RuleSentences sentences = new RuleSentences();

    @Test
    void theCatalogueHoldsExactlyTheSentencesOfTheRules() {
        Set<String> inRules = DrlSentences.in(Path.of("rules"));
        Set<String> inCatalogue = new TreeSet<>();
        RuleSentences.catalogue().forEach(entry -> inCatalogue.add(entry.get("en")));

        assertThat(inRules).as("sentences of the rules the catalogue lacks").isSubsetOf(inCatalogue);
        assertThat(inCatalogue).as("sentences in the catalogue the rules no longer say").isSubsetOf(inRules);
        assertThat(inRules).hasSizeGreaterThan(100);
    }

    @Test
    void aSentenceIsFoundWordForWordAndEveryLanguageHasIt() {
        String english = "Your council tax bill.";
        for (KioskLanguage language : KioskLanguage.values()) {
            assertThat(sentences.translate(english, language, NAMES)).as(language.name()).isPresent();
        }
        assertThat(sentences.translate(english, KioskLanguage.ENGLISH, NAMES)).contains(english);
        assertThat(sentences.translate(english, KioskLanguage.POLISH, NAMES).orElseThrow()).isNotEqualTo(english);
    }

    @Test
    void thePersonTheRulesNameIsNamedInTheKiosksOwnWords() {
        String english = "Is partner pregnant? A first baby can bring a grant from 11 weeks before the due date.";

        assertThat(sentences.translate(english, KioskLanguage.ENGLISH, NAMES))
                .contains("Is PARTNER pregnant? A first baby can bring a grant from 11 weeks before the due date.");
        assertThat(sentences.translate(english, KioskLanguage.URDU, NAMES).orElseThrow())
                .contains("PARTNER").doesNotContain("partner").doesNotContain("pregnant");
    }

    @Test
    void aFigureInTheSentenceIsKeptAsItIs() {
        String english = "Which Broad Rental Market Area is the home in? Its postcode, LU5 4AB, does not settle it; "
                + "LHA Direct (lha-direct.voa.gov.uk) shows which.";

        assertThat(sentences.translate(english, KioskLanguage.POLISH, id -> "?" + id).orElseThrow()).contains("LU5 4AB");
    }

    @Test
    void aSentenceTheCatalogueDoesNotHoldIsNotGuessed() {
        assertThat(sentences.translate("A sentence the rules do not say.", KioskLanguage.POLISH, NAMES)).isEmpty();
        assertThat(sentences.translate("Your council tax bill. And more.", KioskLanguage.POLISH, NAMES)).isEmpty();
    }
}
