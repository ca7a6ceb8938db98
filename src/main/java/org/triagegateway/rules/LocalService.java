package org.triagegateway.rules;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A service near the household that can help: debt advice, food, work or housing. */
@Introspected
@Schema(description = "A local or national service that can help, from the council's directory in rules/services/.")
public record LocalService(
        @Schema(description = "debt_advice, food_support, employment_support, housing_advice or other") String kind,
        String name,
        @Schema(description = "One plain sentence on what it does.") String what,
        @Nullable String phone,
        String website,
        @Schema(description = "Where these details were checked.") String source) {
}
