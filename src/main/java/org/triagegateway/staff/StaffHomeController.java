package org.triagegateway.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.security.SignedIn;

/** Where every member of staff lands after signing in. */
@Hidden
@Controller("/staff")
@Secured(SecurityRule.IS_AUTHENTICATED)
class StaffHomeController {

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<StaffPages.HomePage> home(HttpRequest<?> request) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        return new ModelAndView<>("staff/home", new StaffPages.HomePage(StaffPages.Chrome.of(who, "/staff"), who.role().label()));
    }
}
