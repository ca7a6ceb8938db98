package org.triagegateway.rules;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;
import java.util.List;

/** Every benefit's result for one household on one date, and the rule and parameter versions that produced it. */
@Introspected
public record Evaluation(LocalDate assessmentDate, String ruleBaseVersion, String parameterSetVersion,
                         List<BenefitResult> benefits, List<LocalService> localServices) {

    public BenefitResult benefit(String id) {
        return benefits.stream().filter(b -> b.benefit().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No result for " + id));
    }
}
