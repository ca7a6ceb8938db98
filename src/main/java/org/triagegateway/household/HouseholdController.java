package org.triagegateway.household;

import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;

@Controller("/api/v1/households")
@Tag(name = "Households")
class HouseholdController {

    private final HouseholdService households;

    HouseholdController(HouseholdService households) {
        this.households = households;
    }

    @Post
    @Operation(summary = "Capture a household", description = "Stores a new household record and returns it with its reference and version 1.")
    HttpResponse<StoredHousehold> create(@Body @Valid Household household) {
        StoredHousehold stored = households.create(household);
        return HttpResponse.created(stored,
                UriBuilder.of("/api/v1/households").path(stored.reference()).build());
    }

    @Get("/{reference}")
    @Operation(summary = "Read a household by its reference")
    StoredHousehold get(@PathVariable String reference) {
        return households.get(HouseholdReference.of(reference));
    }

    @Put("/{reference}")
    @Operation(summary = "Change a household",
            description = "Replaces the record if it is still at the version you send; otherwise 409 and nothing is changed.")
    StoredHousehold update(@PathVariable String reference, @Body @Valid HouseholdUpdate update) {
        return households.update(HouseholdReference.of(reference), update.version(), update.household());
    }

    @Get
    @Operation(summary = "List households",
            description = "With one or more reference parameters, those households; otherwise the most recently changed, a page at a time.")
    List<HouseholdSummary> list(@QueryValue @Nullable List<String> reference,
                                @QueryValue(defaultValue = "0") @Min(0) int page,
                                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<HouseholdReference> references = reference == null ? List.of()
                : reference.stream().map(HouseholdReference::of).toList();
        return households.list(references, page, size);
    }
}
