package org.triagegateway.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Household;
import org.triagegateway.household.Person;
import org.triagegateway.questions.CatalogueQuestion;
import org.triagegateway.questions.QuestionCatalogue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every question the rules ask in every worked case can be asked from the catalogue, of the person
 * it is about: a catalogue entry that leaves out someone the rules ask about (a claimant's extra
 * bedroom) would leave a person at the kiosk with the rules' own sentence, written for staff.
 */
class CatalogueAsksWhatTheRulesAskTest {

    @Test
    void everyQuestionInEveryWorkedCaseHasACatalogueQuestionForItsPerson() throws Exception {
        QuestionCatalogue catalogue = new QuestionCatalogue();
        List<String> gaps = new ArrayList<>();
        int asked = 0;
        for (Path file : WorkedCasesTest.cases().toList()) {
            JsonNode spec = WorkedCasesTest.YAML.readTree(file.toFile());
            Household household = WorkedCasesTest.YAML.treeToValue(spec.path("household"), Household.class);
            Evaluation evaluation = TestRules.ENGINE.evaluate(household, LocalDate.parse(spec.path("assessment_date").asText()));
            for (BenefitResult result : evaluation.benefits()) {
                for (BenefitResult.MissingFact fact : result.questions()) {
                    asked++;
                    Optional<CatalogueQuestion> question = catalogue.find(fact.fact());
                    int index = FactPath.parse(fact.fact()).map(FactPath::personIndex).orElse(-1);
                    Person.Role role = index >= 0 ? household.people().get(index).role() : null;
                    if (question.isEmpty() || !question.get().about(role)) {
                        gaps.add(file.getFileName() + ": " + fact.fact() + " about " + role);
                    }
                }
            }
        }
        assertThat(asked).as("the cases ask questions").isGreaterThan(50);
        assertThat(gaps).isEmpty();
    }
}
