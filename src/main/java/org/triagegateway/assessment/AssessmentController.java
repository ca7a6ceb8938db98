package org.triagegateway.assessment;

import io.micronaut.security.annotation.Secured;
import org.triagegateway.security.Roles;
import org.triagegateway.audit.Audited;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.Format;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.triagegateway.web.Problem;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.rules.Evaluation;

import java.time.LocalDate;
import java.util.List;

@Controller("/api/v1")
@ApiResponse(responseCode = "400", description = "The request is not valid: each bad field is named",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No such household or assessment",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "503", description = "The database cannot be reached; nothing was saved",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Assessments")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class AssessmentController {

    private final AssessmentService assessments;

    AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Post("/assessments")
    @Operation(summary = "Assess a household without storing anything",
            description = "For quick checks and what-ifs: every benefit's result for the household in the body.")
    Evaluation evaluate(@Body @Valid Household household,
                        @Parameter(description = "Assessment date, YYYY-MM-DD; today if left out")
                        @QueryValue @Nullable @Format("yyyy-MM-dd") LocalDate date) {
        return assessments.evaluate(household, date);
    }

    @Post("/households/{reference}/assessments")
    @ApiResponse(responseCode = "201", description = "Assessed and stored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StoredAssessment.class)))
    @Operation(summary = "Assess a stored household and keep the result",
            description = "Stores the result with the rule base and parameter versions used.")
    @Audited(action = "assess", record = "household")
    HttpResponse<StoredAssessment> assess(@PathVariable String reference,
                                          @QueryValue @Nullable @Format("yyyy-MM-dd") LocalDate date) {
        StoredAssessment stored = assessments.assessAndStore(HouseholdReference.of(reference), date);
        return HttpResponse.created(stored, UriBuilder.of("/api/v1/households").path(stored.householdReference())
                .path("assessments").path(stored.id().toString()).build());
    }

    @Get("/households/{reference}/assessments/{id}")
    @Operation(summary = "Read a stored assessment exactly as it was decided")
    @Audited(action = "read", record = "assessment")
    StoredAssessment get(@PathVariable String reference, @PathVariable String id) {
        return assessments.get(HouseholdReference.of(reference), id);
    }

    @Get("/households/{reference}/assessments")
    @Operation(summary = "List a household's stored assessments, newest first")
    @Audited(action = "read", record = "assessment")
    List<StoredAssessment> list(@PathVariable String reference) {
        return assessments.list(HouseholdReference.of(reference));
    }
}
