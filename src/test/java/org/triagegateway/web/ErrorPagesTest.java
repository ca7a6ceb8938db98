package org.triagegateway.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.household.HouseholdReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A person in a browser gets a page in plain words; a program gets problem details, as before. */
@MicronautTest(transactional = false)
class ErrorPagesTest {

    @Inject
    Api api;

    @Test
    void aMissingStaffPageIsAPageNotFound() {
        Api.Response page = api.page("/staff/households/ABC-DEF-GHJ/no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>", "Go to the staff home page",
                "govuk-frontend.css").doesNotContain("Exception", "at org.");
    }

    @Test
    void ourOwnReasonIsShownInThePage() {
        String nobody = HouseholdReference.generate().display();
        Api.Response page = api.page("/staff/households/" + nobody);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Household not found", "There is no household with the reference " + nobody);
    }

    @Test
    void theApiStillAnswersWithProblemDetails() {
        Api.Response problem = api.get("/api/v1/households/" + HouseholdReference.generate().display());
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(problem.json().path("status").asInt()).isEqualTo(404);
    }
}
