package org.triagegateway.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;

import java.util.Optional;

/** The latest entries of the audit trail, and a check of the whole chain on request. */
@Hidden
@Controller("/staff/audit")
@Secured({Roles.ADMINISTRATOR, Roles.COMPLIANCE_OFFICER})
class AuditController {

    private static final int LATEST = 200;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<StaffPages.AuditPage> show(HttpRequest<?> request, @QueryValue @Nullable String verify,
                                            @QueryValue @Nullable String household) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        Boolean intact = null;
        long checked = 0;
        String finding = null;
        if (verify != null) {
            AuditTrail.Verification verification = trail.verify();
            intact = verification.intact();
            checked = verification.checked();
            finding = verification.finding().orElse(null);
        }
        // one household's trail: every look at it, change to it and step of its shares
        Optional<HouseholdReference> one = household == null ? Optional.empty() : HouseholdReference.parse(household);
        return new ModelAndView<>("staff/audit", new StaffPages.AuditPage(StaffPages.Chrome.of(who, "/staff/audit"),
                one.map(h -> trail.forRecord("household", h.value(), LATEST)).orElseGet(() -> trail.latest(LATEST)),
                intact, checked, finding, one.map(HouseholdReference::display).orElse(null)));
    }
}
