package org.triagegateway.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.StoredHousehold;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An adviser answers what the rules still ask and corrects single values: saved onto the version
 * they saw and assessed again; bad answers give the form back with nothing saved; and a save
 * against a version someone else has moved on from writes nothing and shows both.
 */
@MicronautTest(transactional = false)
class HouseholdRecordTest {

    /** A kiosk-like household: a carer whose study and a young person whose schooling are not known. */
    private static final String HOUSEHOLD = """
            {"people": [
              {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1985-03-01", "caresForDisabledPerson": true},
              {"id": "child1", "role": "CHILD", "dateOfBirth": "2009-01-10"}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 500.00, "rentFrequency": "MONTHLY", "bedrooms": 2}}""";

    @Inject
    Api api;
    @Inject
    HouseholdService households;
    @Inject
    AssessmentService assessments;
    @Inject
    ObjectMapper json;

    private HouseholdReference create() throws IOException {
        return HouseholdReference.of(households.create(json.readValue(HOUSEHOLD, Household.class)).reference());
    }

    @Test
    void theQuestionsAreOnlyWhatTheRulesStillNeedAndTheAnswersAreSavedAndAssessed() throws IOException {
        HouseholdReference reference = create();
        Api.Response page = api.get("/staff/households/" + reference.display() + "/questions");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"people-0-fullTimeStudent\"", "name=\"people-1-inEducation\"")
                .as("already known from the kiosk: never asked again").doesNotContain("people-0-dateOfBirth", "housing-rent\"");

        Api.Response saved = api.postForm("/staff/households/" + reference.display() + "/record", Map.of(
                "version", "1", "mode", "questions", "facts", "people-0-fullTimeStudent,people-1-inEducation",
                "people-0-fullTimeStudent", "false"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/staff/households/" + reference.display() + "?saved=2");
        StoredHousehold stored = households.get(reference);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.household().people().get(0).fullTimeStudent()).isFalse();
        assertThat(stored.household().people().get(1).inEducation()).as("left blank: still not known").isNull();
        assertThat(assessments.list(reference)).as("assessed again at once").first()
                .satisfies(a -> assertThat(a.householdVersion()).isEqualTo(2));
        assertThat(api.get("/staff/households/" + reference.display() + "?saved=2").body()).contains("Saved as version 2");
        assertThat(api.get("/staff/households/" + reference.display() + "/questions").body())
                .doesNotContain("people-0-fullTimeStudent").contains("people-1-inEducation");
    }

    /** A rent of £9,999 a week is allowed, but is a typo far more often than a home: checked before it is saved. */
    @Test
    void aValueRarelyRightIsCheckedBeforeItIsSaved() throws IOException {
        HouseholdReference reference = create();
        String record = "/staff/households/" + reference.display() + "/record";
        Map<String, String> typo = Map.of("version", "1", "mode", "change", "facts", "housing-rent", "housing-rent", "9999");

        Api.Response asked = api.postForm(record, typo);
        assertThat(asked.status()).as("nothing is wrong with the request").isEqualTo(200);
        // by hand: the rent is monthly, so £9,999.00 a month
        assertThat(asked.body()).contains("Check before saving", "Nothing has been saved yet",
                "That is £9,999.00 a month in rent: more than almost any home costs.", "Is this right?",
                "href=\"#housing-rent\"", "value=\"9999\"", "name=\"sure-housing-rent\" value=\"9999.00\"");
        assertThat(households.get(reference).version()).as("nothing saved").isEqualTo(1);

        Map<String, String> other = new java.util.HashMap<>(typo);
        other.put("sure-housing-rent", "9999");
        other.put("housing-rent", "8888");
        assertThat(api.postForm(record, other).body()).as("another value is checked in its turn")
                .contains("That is £8,888.00 a month in rent");
        assertThat(households.get(reference).version()).isEqualTo(1);

        other.put("housing-rent", "9999");
        assertThat(api.postForm(record, other).status()).as("said to be right: saved").isEqualTo(303);
        assertThat(households.get(reference).household().housing().rent()).isEqualByComparingTo("9999");
        assertThat(api.postForm(record, Map.of("version", "2", "mode", "change", "facts", "housing-rent", "housing-rent", "9999.00"))
                .status()).as("kept as it was: not asked again").isEqualTo(303);
        assertThat(api.postForm(record, Map.of("version", "2", "mode", "change", "facts", "housing-rent", "housing-rent", "480"))
                .status()).as("an everyday value is never asked about").isEqualTo(303);
    }

    @Test
    void aBadAnswerGivesTheFormBackAsTypedAndSavesNothing() throws IOException {
        HouseholdReference reference = create();
        Api.Response bad = api.postForm("/staff/households/" + reference.display() + "/record", Map.of(
                "version", "1", "mode", "questions", "facts", "people-0-fullTimeStudent,housing-councilTax",
                "people-0-fullTimeStudent", "true", "housing-councilTax", "a lot"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("There is a problem", "href=\"#housing-councilTax\"",
                "Enter an amount in pounds and pence", "value=\"a lot\"");
        assertThat(households.get(reference).version()).as("all or nothing").isEqualTo(1);

        Api.Response future = api.postForm("/staff/households/" + reference.display() + "/record", Map.of(
                "version", "1", "mode", "change", "facts", "people-0-dateOfBirth",
                "people-0-dateOfBirth-day", "1", "people-0-dateOfBirth-month", "1", "people-0-dateOfBirth-year", "2999"));
        assertThat(future.status()).as("the record's own checks apply").isEqualTo(400);
        assertThat(future.body()).contains("href=\"#people-0-dateOfBirth-day\"", "Date of birth must");
        Api.Response required = api.postForm("/staff/households/" + reference.display() + "/record", Map.of(
                "version", "1", "mode", "change", "facts", "housing-tenure", "housing-tenure", "not-known"));
        assertThat(required.status()).isEqualTo(400);
        assertThat(households.get(reference).version()).isEqualTo(1);

        assertThat(api.postForm("/staff/households/" + reference.display() + "/record", Map.of(
                "version", "1", "facts", "people-0-password", "people-0-password", "x")).status())
                .as("only the record's own values").isEqualTo(400);
        assertThat(api.get("/staff/households/" + reference.display() + "/record/people-7-name").status()).isEqualTo(404);
        assertThat(api.postForm("/staff/households/" + reference.display() + "/record", Map.of(
                "version", "1", "mode", "change", "facts", "people-0-role", "people-0-role", "CHILD")).status())
                .as("who someone is in the household is not a value to change").isEqualTo(400);
        Api.Response nobody = api.postForm("/staff/households/" + reference.display() + "/record", Map.of(
                "version", "1", "mode", "change", "facts", "people-9-name", "people-9-name", "Someone"));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.body()).contains("That person, job or income is not in the record");
        assertThat(households.get(reference).version()).isEqualTo(1);
    }

    /**
     * The record offers only what can apply to each person: a child (born 2009) is not offered a National
     * Insurance number, pregnancy or a fit note, which the claimant is; a value that is there is shown.
     */
    @Test
    void theRecordOffersEachPersonOnlyWhatCanApplyToThem() throws IOException {
        HouseholdReference reference = create();
        String record = api.get("/staff/households/" + reference.display() + "/record").body();
        assertThat(record).contains("/record/people-0-nationalInsuranceNumber", "/record/people-0-pregnant", "/record/people-0-fitNote",
                        "/record/people-1-dateOfBirth", "/record/people-1-inEducation")
                .doesNotContain("/record/people-1-nationalInsuranceNumber", "/record/people-1-pregnant", "/record/people-1-fitNote",
                        "/record/people-0-inEducation");
        assertThat(record).as("a value that is there is shown, whoever it is about").contains("/record/people-0-caresForDisabledPerson");
    }

    @Test
    void aChangeCanTakeAValueAwayOrCorrectIt() throws IOException {
        HouseholdReference reference = create();
        Api.Response record = api.get("/staff/households/" + reference.display() + "/record");
        assertThat(record.body()).contains(">Claimant<", ">Child<", ">Home<", "Rents from a council or housing association", "£500.00",
                "/record/housing-rent");
        Api.Response form = api.get("/staff/households/" + reference.display() + "/record/housing-rent");
        assertThat(form.body()).contains("value=\"500.00\"", "name=\"mode\" value=\"change\"");

        assertThat(api.postForm("/staff/households/" + reference.display() + "/record", Map.of(
                "version", "1", "mode", "change", "facts", "housing-rent", "housing-rent", "£1,250.5")).status()).isEqualTo(303);
        assertThat(households.get(reference).household().housing().rent()).isEqualByComparingTo("1250.50");
        assertThat(api.postForm("/staff/households/" + reference.display() + "/record", Map.of(
                "version", "2", "mode", "change", "facts", "people-0-caresForDisabledPerson",
                "people-0-caresForDisabledPerson", "not-known")).status()).isEqualTo(303);
        assertThat(households.get(reference).household().people().get(0).caresForDisabledPerson()).isNull();
        assertThat(api.postForm("/staff/households/" + reference.display() + "/record", Map.of(
                "version", "3", "mode", "change", "facts", "people-0-nationalInsuranceNumber",
                "people-0-nationalInsuranceNumber", "ab 12 34 56 c")).status()).isEqualTo(303);
        assertThat(households.get(reference).household().people().get(0).nationalInsuranceNumber()).isEqualTo("AB123456C");
    }

    @Test
    void aSaveOnAnOldVersionWritesNothingAndShowsBothVersions() throws IOException {
        HouseholdReference reference = create();
        // someone else answers first: the young person is at school, the rent has gone up
        Household theirs = households.get(reference).household();
        String changed = json.writeValueAsString(theirs).replace("\"rent\":500.00", "\"rent\":520.00")
                .replace("\"rent\":500.0", "\"rent\":520.0");
        households.update(reference, 1, json.readValue(changed, Household.class), "Amina Khan");

        Map<String, String> mine = Map.of("version", "1", "mode", "questions", "facts", "housing-rent,people-0-fullTimeStudent",
                "housing-rent", "510.00", "people-0-fullTimeStudent", "true");
        Api.Response conflict = api.postForm("/staff/households/" + reference.display() + "/record", mine);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("Someone else changed this record", "£500.00", "£520.00", "£510.00",
                "Changed by someone else", "Amina Khan, ", "name=\"version\" value=\"2\"", "name=\"housing-rent\" value=\"510.00\"",
                "name=\"people-0-fullTimeStudent\" value=\"true\"");
        assertThat(households.get(reference).version()).as("nothing written").isEqualTo(2);
        assertThat(households.get(reference).household().housing().rent()).isEqualByComparingTo("520.00");

        Map<String, String> again = new java.util.HashMap<>(mine);
        again.put("version", "2");
        assertThat(api.postForm("/staff/households/" + reference.display() + "/record", again).status()).isEqualTo(303);
        StoredHousehold stored = households.get(reference);
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.household().housing().rent()).isEqualByComparingTo("510.00");
        assertThat(stored.household().people().get(0).fullTimeStudent()).isTrue();
    }

    /** Someone else saved since, but none of their changes is to a value these answers touch: both are kept. */
    @Test
    void answersAboutValuesNobodyElseChangedGoOntoTheLatestVersion() throws IOException {
        HouseholdReference reference = create();
        String record = "/staff/households/" + reference.display() + "/record";
        Household theirs = households.get(reference).household();
        households.update(reference, 1, json.readValue(json.writeValueAsString(theirs).replace("\"rent\":500.0", "\"rent\":520.0"),
                Household.class), "Amina Khan");

        Map<String, String> mine = Map.of("version", "1", "mode", "questions", "facts", "people-0-fullTimeStudent",
                "people-0-fullTimeStudent", "true");
        Api.Response saved = api.postForm(record, mine);
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).endsWith("?saved=3");
        StoredHousehold stored = households.get(reference);
        assertThat(stored.household().housing().rent()).as("their change kept").isEqualByComparingTo("520.00");
        assertThat(stored.household().people().get(0).fullTimeStudent()).as("and mine").isTrue();

        Api.Response twice = api.postForm(record, mine);
        assertThat(twice.status()).as("the same form sent twice").isEqualTo(303);
        assertThat(twice.location()).endsWith("?unchanged=true");
        assertThat(households.get(reference).version()).as("writes nothing more").isEqualTo(3);
        assertThat(api.get("/staff/households/" + reference.display() + "?unchanged=true").body())
                .contains("Nothing needed saving: the record already held these answers.");
    }

    /** Two advisers save different answers onto the same version at the same instant: neither answer is lost. */
    @Test
    void twoSavesThatRaceAreBothKept() throws Exception {
        for (int round = 0; round < 5; round++) {
            HouseholdReference reference = create();
            String record = "/staff/households/" + reference.display() + "/record";
            List<Map<String, String>> forms = List.of(
                    Map.of("version", "1", "mode", "change", "facts", "housing-rent", "housing-rent", "530"),
                    Map.of("version", "1", "mode", "change", "facts", "people-0-fullTimeStudent", "people-0-fullTimeStudent", "false"));
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService advisers = Executors.newFixedThreadPool(2);
            try {
                List<Future<Api.Response>> sent = new ArrayList<>();
                for (Map<String, String> form : forms) {
                    sent.add(advisers.submit(() -> {
                        together.await();
                        return api.postForm(record, form);
                    }));
                }
                for (Future<Api.Response> response : sent) {
                    assertThat(response.get(30, TimeUnit.SECONDS).status()).isEqualTo(303);
                }
            } finally {
                advisers.shutdownNow();
            }
            StoredHousehold stored = households.get(reference);
            assertThat(stored.version()).isEqualTo(3);
            assertThat(stored.household().housing().rent()).isEqualByComparingTo("530");
            assertThat(stored.household().people().get(0).fullTimeStudent()).isFalse();
        }
    }

    /** Someone taken away moves everyone after them up one place: an answer about them never lands on whoever is there now. */
    @Test
    void anAnswerAboutSomeoneTakenAwayIsNeverWrittenOntoSomeoneElse() throws IOException {
        HouseholdReference reference = create();
        Household mine = households.get(reference).household();
        // meanwhile the young person is taken away, and another child added in their place
        String replaced = json.writeValueAsString(mine).replace("\"id\":\"child1\"", "\"id\":\"child2\"")
                .replace("2009-01-10", "2010-06-01");
        households.update(reference, 1, json.readValue(replaced, Household.class), "Amina Khan");

        Api.Response answer = api.postForm("/staff/households/" + reference.display() + "/record", Map.of("version", "1",
                "mode", "questions", "facts", "people-1-inEducation", "people-1-inEducation", "true"));
        assertThat(answer.status()).as("shown as a clash, not merged").isEqualTo(409);
        assertThat(households.get(reference).household().people().get(1).inEducation()).isNull();
    }

    /** A person on one page: their values only, as they are; saved together as one version, a value emptied taken away. */
    @Test
    void aWholePersonIsChangedOnOnePage() throws IOException {
        HouseholdReference reference = create();
        String page = api.get("/staff/households/" + reference.display() + "/record/section/people-0").body();
        assertThat(page).contains("Change Claimant", "name=\"people-0-dateOfBirth-year\" value=\"1985\"", "people-0-fullTimeStudent")
                .doesNotContain("people-1-");
        assertThat(api.get("/staff/households/" + reference.display() + "/record/section/people-7").status()).isEqualTo(404);

        Api.Response saved = api.postForm("/staff/households/" + reference.display() + "/record", Map.of("version", "1", "mode", "change",
                "facts", "people-0-name,people-0-fullTimeStudent,people-0-caresForDisabledPerson",
                "people-0-name", "Rosa Lima", "people-0-fullTimeStudent", "false", "people-0-caresForDisabledPerson", "not-known"));
        assertThat(saved.status()).isEqualTo(303);
        StoredHousehold stored = households.get(reference);
        assertThat(stored.version()).as("one version for the whole page").isEqualTo(2);
        assertThat(stored.household().people().get(0).name()).isEqualTo("Rosa Lima");
        assertThat(stored.household().people().get(0).fullTimeStudent()).isFalse();
        assertThat(stored.household().people().get(0).caresForDisabledPerson()).isNull();
    }

    /** Someone added meanwhile goes at the end and moves nobody: answers about the others still merge. */
    @Test
    void someoneAddedMeanwhileMovesNobody() throws IOException {
        HouseholdReference reference = create();
        com.fasterxml.jackson.databind.node.ObjectNode grown = json.valueToTree(households.get(reference).household());
        grown.withArray("people").addObject().put("id", "adult1").put("role", "OTHER_ADULT").put("dateOfBirth", "1960-01-01");
        Household withLodger = json.treeToValue(grown, Household.class);
        assertThat(withLodger.people()).hasSize(3);
        households.update(reference, 1, withLodger, "Amina Khan");

        assertThat(api.postForm("/staff/households/" + reference.display() + "/record", Map.of("version", "1", "mode", "questions",
                "facts", "people-1-inEducation", "people-1-inEducation", "true")).status()).isEqualTo(303);
        assertThat(households.get(reference).household().people().get(1).inEducation()).isTrue();
        assertThat(households.get(reference).household().people()).hasSize(3);
    }
}
