package org.triagegateway.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.security.Role;
import org.triagegateway.security.SignedIn;
import org.triagegateway.sharing.ShareService;

import java.util.List;

/** Where every member of staff lands after signing in. */
@Hidden
@Controller("/staff")
@Secured(SecurityRule.IS_AUTHENTICATED)
class StaffHomeController {

    private final ShareService shares;

    StaffHomeController(ShareService shares) {
        this.shares = shares;
    }

    /** An adviser's home lists the cases waiting for them: references and reasons only, no one's personal data. */
    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<StaffPages.HomePage> home(HttpRequest<?> request) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        List<StaffPages.WaitingRow> waiting = who.role() == Role.ADVISER || who.role() == Role.VISITING_OFFICER
                ? shares.waiting().stream().map(w -> new StaffPages.WaitingRow(w.household().display(), w.why())).toList()
                : List.of();
        return new ModelAndView<>("staff/home", new StaffPages.HomePage(StaffPages.Chrome.of(who, "/staff"), who.role().label(),
                waiting));
    }
}
