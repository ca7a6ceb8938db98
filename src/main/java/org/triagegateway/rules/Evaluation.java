package org.triagegateway.rules;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;
import java.util.List;

/** Every benefit's result for one household on one date, and the rule and parameter versions that produced it. */
@Introspected
public record Evaluation(LocalDate assessmentDate, String ruleBaseVersion, String parameterSetVersion,
                         List<BenefitResult> benefits, List<LocalService> localServices) {

    /** Empty lists are left out of stored JSON, so they read back as null: they mean none. */
    public Evaluation {
        benefits = benefits == null ? List.of() : benefits;
        localServices = localServices == null ? List.of() : localServices;
    }

    public BenefitResult benefit(String id) {
        return benefits.stream().filter(b -> b.benefit().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No result for " + id));
    }
}
