package org.triagegateway.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.assessment.StoredAssessment;
import org.triagegateway.audit.Audited;
import org.triagegateway.forms.AssessmentSummaryPdf;
import org.triagegateway.forms.ClaimForms;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;
import org.triagegateway.sharing.ConsentService;
import org.triagegateway.sharing.HouseholdCouncil;
import org.triagegateway.sharing.Purpose;
import org.triagegateway.web.Attachment;
import org.triagegateway.web.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The PDFs an adviser prints or sends: the assessment summary, and the claim forms filled in from
 * the household, each only with the claimant's consent to share with the agency it goes to.
 */
@Hidden
@Controller("/staff/households/{reference}")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class DocumentsController {

    private static final MediaType PDF = MediaType.of("application/pdf");

    private final HouseholdService households;
    private final AssessmentService assessments;
    private final ConsentService consents;
    private final ClaimForms forms;
    private final ClaimantSweep sweep;
    private final Clock clock;
    private final HouseholdCouncil councils;

    DocumentsController(HouseholdService households, AssessmentService assessments, ConsentService consents, ClaimForms forms,
                        ClaimantSweep sweep, HouseholdCouncil councils, Clock clock) {
        this.councils = councils;
        this.households = households;
        this.assessments = assessments;
        this.consents = consents;
        this.forms = forms;
        this.sweep = sweep;
        this.clock = clock;
    }

    @Get(value = "/summary.pdf", produces = "application/pdf")
    @Audited(action = "print-summary", record = "household")
    HttpResponse<byte[]> summary(HttpRequest<?> request, @PathVariable String reference) {
        HouseholdReference household = HouseholdReference.of(reference);
        StoredHousehold stored = households.get(household);
        StoredAssessment latest = latest(household);
        byte[] pdf = AssessmentSummaryPdf.of(stored, latest, sweep.of(stored, latest).orElse(null),
                SignedIn.of(request).orElseThrow().displayName(), LocalDate.now(clock));
        return attachment(pdf, "assessment-summary-" + stored.reference() + ".pdf");
    }

    @Get(value = "/forms/{form}", produces = "application/pdf")
    @Audited(action = "print-form", record = "household")
    HttpResponse<byte[]> form(HttpRequest<?> request, @PathVariable String reference, @PathVariable String form) {
        HouseholdReference household = HouseholdReference.of(reference);
        ClaimForms.ClaimForm claimForm = forms.get(form.replaceFirst("\\.pdf$", ""))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "No such form", "There is no form called " + form + "."));
        if (!consents.allows(household, claimForm.agency(), Purpose.DECIDE_CLAIMS)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "No consent to share",
                    "The claimant has not consented to share with " + claimForm.agency().label() + " for deciding claims. "
                            + "Record their consent first.");
        }
        StoredHousehold stored = households.get(household);
        // the form cites the consent for this agency: for a claim to the council, the home's council's
        byte[] pdf = forms.fill(claimForm, stored, latest(household), councils.recipient(stored.household(), claimForm.agency())
                        .map(r -> consents.of(household, r)).orElse(List.of()),
                SignedIn.of(request).orElseThrow().displayName(), LocalDate.now(clock));
        return attachment(pdf, claimForm.id() + "-" + stored.reference() + ".pdf");
    }

    private StoredAssessment latest(HouseholdReference household) {
        return assessments.list(household).stream().findFirst().orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT,
                "Not assessed yet", "Assess the household before printing its documents."));
    }

    private static HttpResponse<byte[]> attachment(byte[] pdf, String name) {
        return Attachment.of(pdf, PDF.toString(), name);
    }
}
