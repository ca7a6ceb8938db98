package org.triagegateway;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
        title = "Triage Gateway",
        version = "v1",
        description = "One household record, one rule base: benefits triage and single assessment for England."))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
