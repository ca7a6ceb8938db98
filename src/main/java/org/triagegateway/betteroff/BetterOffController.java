package org.triagegateway.betteroff;

import io.micronaut.security.annotation.Secured;
import org.triagegateway.security.Roles;
import org.triagegateway.audit.Audited;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.Format;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.web.Problem;

import java.time.Clock;
import java.time.LocalDate;

@Controller("/api/v1")
@ApiResponse(responseCode = "400", description = "The request is not valid, or the sweep cannot be run as asked: the reason says what to change",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No such household",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Better off in work")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class BetterOffController {

    static final String SVG = "image/svg+xml";
    private static final String CHART_ID = "better-off";

    private final EarningsSweep sweeps;
    private final HouseholdService households;
    private final Clock clock;

    BetterOffController(EarningsSweep sweeps, HouseholdService households, Clock clock) {
        this.sweeps = sweeps;
        this.households = households;
        this.clock = clock;
    }

    @Post("/better-off")
    @Operation(summary = "Sweep one adult's pay for the household in the body",
            description = "Each point is a full assessment. Stores nothing.")
    BetterOff sweep(@Body @Valid HouseholdSweep request, @Parameter(description = "Assessment date, YYYY-MM-DD; today if left out")
                    @QueryValue @Nullable @Format("yyyy-MM-dd") LocalDate date) {
        return sweeps.sweep(request.household(), request.sweep(), orToday(date));
    }

    @Post(value = "/better-off/chart", produces = SVG)
    @ApiResponse(responseCode = "200", description = "The chart, with its title and a text summary inside",
            content = @Content(mediaType = SVG))
    @Operation(summary = "The better-off chart for the household in the body, as SVG")
    String chart(@Body @Valid HouseholdSweep request, @QueryValue @Nullable @Format("yyyy-MM-dd") LocalDate date) {
        return BetterOffChart.svg(sweep(request, date), CHART_ID);
    }

    @Post("/households/{reference}/better-off")
    @Operation(summary = "Sweep one adult's pay for a stored household", description = "Stores nothing.")
    @Audited(action = "read", record = "household")
    BetterOff sweepStored(@PathVariable String reference, @Body @Valid SweepRequest request,
                          @QueryValue @Nullable @Format("yyyy-MM-dd") LocalDate date) {
        return sweepOf(reference, request, date);
    }

    @Post(value = "/households/{reference}/better-off/chart", produces = SVG)
    @ApiResponse(responseCode = "200", description = "The chart, with its title and a text summary inside",
            content = @Content(mediaType = SVG))
    @Operation(summary = "The better-off chart for a stored household, as SVG")
    @Audited(action = "read", record = "household")
    String chartStored(@PathVariable String reference, @Body @Valid SweepRequest request,
                       @QueryValue @Nullable @Format("yyyy-MM-dd") LocalDate date) {
        return BetterOffChart.svg(sweepOf(reference, request, date), CHART_ID);
    }

    /** Not through the audited routes: a call from one to the other would be audited twice. */
    private BetterOff sweepOf(String reference, SweepRequest request, @Nullable LocalDate date) {
        Household household = households.get(HouseholdReference.of(reference)).household();
        return sweeps.sweep(household, request, orToday(date));
    }

    private LocalDate orToday(@Nullable LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }
}
