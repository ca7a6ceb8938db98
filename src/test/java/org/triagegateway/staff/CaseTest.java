package org.triagegateway.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape of a case changed in the pages: what is refused, and why, in plain words; and what goes with a person. */
@MicronautTest(transactional = false)
class CaseTest {

    private static final String COUPLE = """
            {"people": [{"id": "claimant", "role": "CLAIMANT", "name": "Ngozi Adeyemi", "dateOfBirth": "1987-05-05"},
                        {"id": "partner", "role": "PARTNER", "name": "Samuel Adeyemi", "dateOfBirth": "1986-11-02"}],
             "capital": [{"type": "SAVINGS", "amount": 1200.00, "ownerId": "partner"},
                         {"type": "SAVINGS", "amount": 300.00}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 500.00, "rentFrequency": "MONTHLY", "council": "Luton"}}""";

    @Inject
    Api api;
    @Inject
    HouseholdService households;
    @Inject
    ObjectMapper json;

    private HouseholdReference couple() throws IOException {
        return HouseholdReference.of(households.create(json.readValue(COUPLE, Household.class)).reference());
    }

    @Test
    void aChildOverTwentyIsRefusedInPlainWordsAndSavingsAreChosenByName() throws IOException {
        HouseholdReference reference = couple();
        String page = "/staff/households/" + reference.display();

        Api.Response old = api.postForm(page + "/add/people", Map.of("people-2-role", "CHILD", "people-2-name", "Kemi Adeyemi",
                "people-2-dateOfBirth-day", "1", "people-2-dateOfBirth-month", "1", "people-2-dateOfBirth-year", "2001"));
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.body()).contains("href=\"#people-2-dateOfBirth-day\">A child must be under 20: add an older son or daughter "
                        + "living at home as another adult")
                .doesNotContain("CHILD must", "is an OTHER_ADULT");
        assertThat(api.postForm(page + "/add/people", Map.of("people-2-role", "PARTNER", "people-2-name", "Someone",
                "people-2-dateOfBirth-day", "1", "people-2-dateOfBirth-month", "1", "people-2-dateOfBirth-year", "1990")).body())
                .as("a second partner is not offered, nor taken").contains("Choose who they are in the household");
        assertThat(households.get(reference).household().people()).hasSize(2);

        Api.Response savings = api.get(page + "/add/capital");
        assertThat(savings.body()).contains("Whose are they?", "The claimant&#39;s, or the couple&#39;s together", "Partner (Samuel Adeyemi)")
                .doesNotContain("ownerId", "id of a person");
        assertThat(api.postForm(page + "/add/capital", Map.of("capital-2-type", "INVESTMENTS", "capital-2-amount", "2500",
                "owner", "partner")).status()).isEqualTo(303);
        assertThat(households.get(reference).household().capital()).hasSize(3).last()
                .satisfies(c -> assertThat(c.ownerId()).isEqualTo("partner"));
        assertThat(api.postForm(page + "/add/capital", Map.of("capital-3-type", "SAVINGS", "capital-3-amount", "10",
                "owner", "claimant")).body()).as("only a choice offered").contains("Choose whose savings they are");
    }

    @Test
    void aPersonTakenAwayTakesTheirSavingsAndAStalePageAsksAgain() throws IOException {
        HouseholdReference reference = couple();
        String page = "/staff/households/" + reference.display();
        Api.Response confirm = api.get(page + "/remove/people-1");
        assertThat(confirm.body()).contains("Remove Partner (Samuel Adeyemi) from the record?", "Their 1 savings or capital will be removed too.");

        households.update(reference, 1, households.get(reference).household());
        Api.Response stale = api.postForm(page + "/remove/people-1", Map.of("version", "1"));
        assertThat(stale.status()).as("the record moved on: confirm again").isEqualTo(409);
        assertThat(stale.body()).contains("The record changed since you opened this page", "name=\"version\" value=\"2\"");
        assertThat(households.get(reference).household().people()).hasSize(2);

        assertThat(api.postForm(page + "/remove/people-1", Map.of("version", "2")).status()).isEqualTo(303);
        Household after = households.get(reference).household();
        assertThat(after.people()).hasSize(1);
        assertThat(after.capital()).as("the partner's savings went with them; the claimant's stay").hasSize(1)
                .first().satisfies(c -> assertThat(c.ownerId()).isNull());
        assertThat(api.get(page + "/remove/people-0").status()).as("never the claimant").isEqualTo(404);
        assertThat(api.get(page + "/remove/housing").status()).isEqualTo(404);
        assertThat(api.get(page + "/add/people-7-earnings").status()).isEqualTo(404);
    }

    @Test
    void aNewHouseholdTakesHowToReachThemAndSaysPlainlyWhatIsWrong() {
        Map<String, String> form = new java.util.HashMap<>(Map.of("people-0-name", "Nadia Rahman", "people-0-dateOfBirth-day", "2",
                "people-0-dateOfBirth-month", "3", "people-0-dateOfBirth-year", "1979", "contact-phone", "call me",
                "contact-email", "nadia.example.com", "housing-postcode", "ME15 6JQ"));
        Api.Response wrong = api.postForm("/staff/households/new", form);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).doesNotContain("Choose one of the options")
                .contains("Choose what kind of home it is, to record where it is", "value=\"nadia.example.com\"",
                "value=\"call me\"", "value=\"Nadia Rahman\"");
        form.put("housing-tenure", "SOCIAL_RENT");
        Api.Response still = api.postForm("/staff/households/new", form);
        assertThat(still.body()).contains("Phone must be a phone number, like 01582 123456",
                "Email must be an email address, like name@example.com");

        form.put("contact-phone", "01582 123456");
        form.put("contact-email", "nadia@example.com");
        Api.Response made = api.postForm("/staff/households/new", form);
        assertThat(made.status()).isEqualTo(303);
        String reference = made.location().replaceAll(".*/households/([^?]+)\\?.*", "$1");
        Household household = households.get(HouseholdReference.of(reference)).household();
        assertThat(household.contact().phone()).isEqualTo("01582 123456");
        assertThat(household.housing().council()).as("from the postcode").isEqualTo("Maidstone");
        assertThat(households.since(HouseholdReference.of(reference), 1)).first()
                .satisfies(v -> assertThat(v.recordedBy()).isEqualTo("Test Adviser"));
        assertThat(api.get("/staff/households/" + reference + "/record").body()).contains("How to reach them", "Phone", "01582 123456",
                "Best way to reach them", "Someone who acts for them");
    }

    @Test
    void aJobForSomeoneTakenAwayMeanwhileIsNotGivenToAnyoneElse() throws IOException {
        HouseholdReference reference = couple();
        String page = "/staff/households/" + reference.display();
        assertThat(api.get(page + "/add/people-1-earnings").body()).contains("name=\"person\" value=\"partner\"",
                "name=\"index\" value=\"0\"");
        assertThat(api.postForm(page + "/remove/people-1", Map.of("version", "1")).status()).isEqualTo(303);
        assertThat(api.postForm(page + "/add/people", Map.of("people-1-role", "OTHER_ADULT", "people-1-name", "Femi Adeyemi",
                "people-1-dateOfBirth-day", "1", "people-1-dateOfBirth-month", "1", "people-1-dateOfBirth-year", "2001")).status())
                .isEqualTo(303);

        Api.Response job = api.postForm(page + "/add/people-1-earnings", Map.of("index", "0", "person", "partner",
                "people-1-earnings-0-kind", "EMPLOYED", "people-1-earnings-0-frequency", "MONTHLY", "people-1-earnings-0-gross", "900"));
        assertThat(job.status()).isEqualTo(409);
        assertThat(job.body()).contains("Who is in the household changed while you were typing");
        assertThat(households.get(reference).household().people().get(1).earnings()).as("Femi has no job").isNullOrEmpty();
    }

    @Test
    void payRarelyRightIsCheckedBeforeTheJobIsAdded() throws IOException {
        HouseholdReference reference = couple();
        String page = "/staff/households/" + reference.display() + "/add/people-0-earnings";
        Map<String, String> job = new java.util.HashMap<>(Map.of("index", "0", "person", "claimant", "people-0-earnings-0-kind", "EMPLOYED",
                "people-0-earnings-0-frequency", "MONTHLY", "people-0-earnings-0-gross", "99999"));
        Api.Response asked = api.postForm(page, job);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("Nothing has been added yet", "That is £99,999.00 a month in pay, which is unusually high.",
                "name=\"sure-people-0-earnings-0-gross\" value=\"99999\"");
        assertThat(households.get(reference).household().people().get(0).earnings()).isNullOrEmpty();
        job.put("sure-people-0-earnings-0-gross", "99999");
        assertThat(api.postForm(page, job).status()).as("said to be right: added").isEqualTo(303);
        assertThat(households.get(reference).household().people().get(0).earnings()).hasSize(1);
    }

    @Test
    void partOfANameNarrowedByThePostcodeFindsTheHouseholdWithEnoughToKnowIt() throws IOException {
        HouseholdReference reference = HouseholdReference.of(households.create(json.readValue("""
                {"people": [{"id": "claimant", "role": "CLAIMANT", "name": "Wiktoria Zielinska", "dateOfBirth": "1993-08-30"}],
                 "housing": {"tenure": "PRIVATE_RENT", "postcode": "ME15 6JQ"}}""", Household.class)).reference());
        Api.Response found = api.postForm("/staff/households", Map.of("part", "zielin", "postcode", "me15"));
        assertThat(found.body()).contains("1 household found", reference.display(), "Wiktoria Zielinska", "30 August 1993", "ME15 6JQ");
        assertThat(api.postForm("/staff/households", Map.of("part", "zielin", "postcode", "LU1")).body())
                .contains("No household found").doesNotContain("Wiktoria");
        Api.Response wrong = api.postForm("/staff/households", Map.of("part", "zi", "postcode", "not a postcode"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("Enter at least 3 letters of a name", "Enter a postcode, or the start of one, like LU1 or LU1 1AA");
        assertThat(api.postForm("/staff/households", Map.of("part", "100%_", "postcode", "")).body())
                .as("wildcards are letters like any other").contains("No household found");
    }

    /** "Start the household" pressed twice, or twice at the same instant, makes one household. */
    @Test
    void startingAHouseholdTwiceMakesOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            String name = "Olamide Bakare" + "abc".charAt(round);
            Map<String, String> form = Map.of("submission", java.util.UUID.randomUUID().toString(), "people-0-name", name,
                    "people-0-dateOfBirth-day", "4", "people-0-dateOfBirth-month", "4", "people-0-dateOfBirth-year", "1984");
            String where;
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService presses = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Callable<Api.Response> press = () -> {
                    together.await();
                    return api.postForm("/staff/households/new", form);
                };
                java.util.concurrent.Future<Api.Response> first = presses.submit(press);
                java.util.concurrent.Future<Api.Response> second = presses.submit(press);
                Api.Response a = first.get(30, java.util.concurrent.TimeUnit.SECONDS);
                Api.Response b = second.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(a.status()).isEqualTo(303);
                assertThat(b.status()).isEqualTo(303);
                assertThat(a.location()).as("both to the one household").isEqualTo(b.location());
                where = a.location();
            } finally {
                presses.shutdownNow();
            }
            assertThat(api.postForm("/staff/households/new", form).location()).as("and again later").isEqualTo(where);
            assertThat(api.postForm("/staff/households", Map.of("part", name, "postcode", "")).body()).contains("1 household found");
        }
    }
}
