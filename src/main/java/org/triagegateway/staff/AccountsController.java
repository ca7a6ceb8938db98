package org.triagegateway.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.location.Council;
import org.triagegateway.location.Locations;
import org.triagegateway.security.InvalidAccountException;
import org.triagegateway.security.Role;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;
import org.triagegateway.security.StaffAccount;
import org.triagegateway.security.StaffAccountService;
import org.triagegateway.staff.StaffPages.AccountRow;
import org.triagegateway.staff.StaffPages.FieldError;
import org.triagegateway.staff.StaffPages.Option;
import org.triagegateway.web.ProblemException;

import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Administrators create accounts, unlock them and switch them off; every change is in the audit trail. */
@Hidden
@Controller("/staff/accounts")
@Secured(Roles.ADMINISTRATOR)
class AccountsController {

    private static final String PATH = "/staff/accounts";

    private final StaffAccountService accounts;
    private final AuditTrail audit;
    private final HttpClientAddressResolver addresses;
    private final Clock clock;
    private final Locations locations;

    AccountsController(StaffAccountService accounts, AuditTrail audit, HttpClientAddressResolver addresses, Clock clock,
                       Locations locations) {
        this.accounts = accounts;
        this.locations = locations;
        this.audit = audit;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<StaffPages.AccountsPage> list(HttpRequest<?> request) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        List<AccountRow> rows = accounts.all().stream().map(a -> row(a, who)).toList();
        // the notice names an account that exists, never whatever text the address carries
        String created = request.getParameters().get("created");
        String notice = created == null ? null : accounts.findActive(created)
                .map(a -> "Account " + a.username() + " created.").orElse(null);
        return new ModelAndView<>("staff/accounts", new StaffPages.AccountsPage(StaffPages.Chrome.of(who, PATH), rows, notice,
                councils(null)));
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<StaffPages.NewAccountPage> newAccount(HttpRequest<?> request) {
        return newAccountPage(SignedIn.of(request).orElseThrow(), Map.of(), List.of());
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.name().equals(form.get("role"))).findFirst();
        try {
            StaffAccount created = accounts.create(form.get("username"), form.get("displayName"), role.orElse(null),
                    council(form.get("council")).orElse(null), form.get("password"));
            audit.record(who.actor(addresses.resolve(request)), "create", "staff_account", created.username());
            return HttpResponse.seeOther(URI.create(PATH + "?created=" + created.username()));
        } catch (InvalidAccountException e) {
            List<FieldError> errors = e.problems().entrySet().stream().map(p -> new FieldError(p.getKey(), p.getValue())).toList();
            Map<String, String> kept = Map.of("username", form.getOrDefault("username", ""),
                    "displayName", form.getOrDefault("displayName", ""), "role", form.getOrDefault("role", ""),
                    "council", form.getOrDefault("council", ""));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(newAccountPage(who, kept, errors));
        }
    }

    @Post(value = "/{id}/{change}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, @PathVariable long id, @PathVariable String change,
                           @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        StaffAccount account = accounts.find(id).orElse(null);
        if (account == null) {
            return HttpResponse.notFound();
        }
        switch (change) {
            case "unlock" -> accounts.unlock(id);
            case "deactivate" -> {
                if (account.username().equals(who.username())) {
                    return HttpResponse.status(HttpStatus.CONFLICT);
                }
                accounts.setActive(id, false);
            }
            case "activate" -> accounts.setActive(id, true);
            case "council" -> {
                Optional<String> council = council(form.get("council"));
                if (account.role() != Role.COUNCIL_OFFICER || council.isEmpty()) {
                    throw new ProblemException(HttpStatus.BAD_REQUEST, "Choose a council",
                            "Only a council benefits officer has a council: choose theirs from the list, and press Change council.");
                }
                accounts.setCouncil(id, council.get());
            }
            default -> {
                return HttpResponse.notFound();
            }
        }
        audit.record(who.actor(addresses.resolve(request)), change, "staff_account", account.username());
        return HttpResponse.seeOther(URI.create(PATH));
    }

    private ModelAndView<StaffPages.NewAccountPage> newAccountPage(SignedIn who, Map<String, String> values,
                                                                   List<FieldError> errors) {
        List<Option> roles = Arrays.stream(Role.values())
                .map(r -> new Option(r.name(), r.label(), r.name().equals(values.get("role")), null)).toList();
        return new ModelAndView<>("staff/account-new", new StaffPages.NewAccountPage(StaffPages.Chrome.of(who, PATH),
                values, roles, councils(values.get("council")), errors));
    }

    /** A council chosen from the list, by its ONS code: anything else is no council. */
    private Optional<String> council(@Nullable String code) {
        return code == null ? Optional.empty() : locations.places().council(code).map(Council::code);
    }

    /** Every English council, by name, to choose the one a council benefits officer works for. */
    private List<Option> councils(@Nullable String chosen) {
        return locations.places().councils().stream().sorted(Comparator.comparing(Council::name))
                .map(c -> new Option(c.code(), c.name(), c.code().equals(chosen), null)).toList();
    }

    private AccountRow row(StaffAccount a, SignedIn who) {
        boolean locked = a.lockedAt(clock.instant());
        String status = !a.active() ? "Switched off" : locked ? "Locked" : "Active";
        String role = a.council() == null ? a.role().label()
                : a.role().label() + ", " + locations.places().council(a.council()).map(Council::name).orElse(a.council());
        return new AccountRow(a.id(), a.username(), a.displayName(), role, a.role() == Role.COUNCIL_OFFICER, a.council(), status, locked,
                a.active(),
                a.username().equals(who.username()));
    }
}
