package org.triagegateway.household;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.triagegateway.security.Roles;
import org.triagegateway.audit.Audited;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.triagegateway.web.Problem;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

@Controller("/api/v1/households")
@ApiResponse(responseCode = "400", description = "The request is not valid: each bad field is named",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No such household or assessment",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "503", description = "The database cannot be reached; nothing was saved",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Households")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class HouseholdController {

    private final HouseholdService households;

    HouseholdController(HouseholdService households) {
        this.households = households;
    }

    @Post
    @ApiResponse(responseCode = "201", description = "Stored: the household with its reference and version 1",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StoredHousehold.class)))
    @Operation(summary = "Capture a household", description = "Stores a new household record and returns it with its reference and version 1.")
    @Audited(action = "create", record = "household")
    HttpResponse<StoredHousehold> create(@Body @Valid Household household, Authentication who) {
        StoredHousehold stored = households.create(household, who.getName());
        return HttpResponse.created(stored,
                UriBuilder.of("/api/v1/households").path(stored.reference()).build());
    }

    @Get("/{reference}")
    @Operation(summary = "Read a household by its reference")
    @Audited(action = "read", record = "household")
    StoredHousehold get(@PathVariable String reference) {
        return households.get(HouseholdReference.of(reference));
    }

    @Put("/{reference}")
    @ApiResponse(responseCode = "200", description = "The household at its new version")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since your version; nothing was changed",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Change a household",
            description = "Replaces the record if it is still at the version you send; otherwise 409 and nothing is changed.")
    @Audited(action = "change", record = "household")
    StoredHousehold update(@PathVariable String reference, @Body @Valid HouseholdUpdate update, Authentication who) {
        return households.update(HouseholdReference.of(reference), update.version(), update.household(), who.getName());
    }

    @Get
    @Operation(summary = "List households by reference",
            description = "The households with the references given (one or more reference parameters, up to 50), "
                    + "without personal data. There is no listing of all households.")
    List<HouseholdSummary> list(@QueryValue @NotEmpty @Size(max = 50) List<String> reference) {
        return households.list(reference.stream().map(HouseholdReference::of).toList());
    }
}
