package org.triagegateway.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.audit.Audited;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.Person;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.ConsentService;
import org.triagegateway.sharing.HowGiven;
import org.triagegateway.sharing.Purpose;
import org.triagegateway.staff.StaffPages.FieldError;
import org.triagegateway.staff.StaffPages.Option;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Recording a claimant's consent to share with an agency, and withdrawing it. */
@Hidden
@Controller("/staff/households/{reference}/consent")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class ConsentController {

    private final ConsentService consents;
    private final HouseholdService households;

    ConsentController(ConsentService consents, HouseholdService households) {
        this.consents = consents;
        this.households = households;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<ConsentPage> form(HttpRequest<?> request, @PathVariable String reference) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        return page(who, households.get(HouseholdReference.of(reference)), Map.of(), List.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Audited(action = "record-consent", record = "household")
    HttpResponse<?> record(HttpRequest<?> request, @PathVariable String reference, @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        StoredHousehold household = households.get(HouseholdReference.of(reference));
        List<FieldError> errors = new ArrayList<>();
        Optional<String> givenBy = adults(household).stream().filter(a -> a.equals(form.get("givenBy"))).findFirst();
        Optional<Agency> agency = choice(Agency.values(), form.get("agency"));
        Optional<Purpose> purpose = choice(Purpose.values(), form.get("purpose"));
        Optional<HowGiven> how = choice(HowGiven.values(), form.get("how"));
        if (givenBy.isEmpty()) {
            errors.add(new FieldError("givenBy", "Select who gave consent"));
        }
        if (agency.isEmpty()) {
            errors.add(new FieldError("agency", "Select who the information may be shared with"));
        }
        if (purpose.isEmpty()) {
            errors.add(new FieldError("purpose", "Select what it may be used for"));
        }
        if (how.isEmpty()) {
            errors.add(new FieldError("how", "Select how consent was given"));
        }
        if (!"yes".equals(form.get("agreed"))) {
            errors.add(new FieldError("agreed", "Confirm that you read the statement to them and they agreed"));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(who, household, form, errors));
        }
        consents.record(HouseholdReference.of(reference), agency.get(), purpose.get(), givenBy.get(), how.get(), who.username());
        return HttpResponse.seeOther(URI.create("/staff/households/" + household.reference() + "#consent"));
    }

    @Post(value = "/{id}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(action = "withdraw-consent", record = "household")
    HttpResponse<?> withdraw(HttpRequest<?> request, @PathVariable String reference, @PathVariable String id,
                             @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        HouseholdReference household = HouseholdReference.of(reference);
        UUID consent;
        try {
            consent = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return HttpResponse.notFound();
        }
        if (!consents.withdraw(household, consent, who.username())) {
            return HttpResponse.notFound();
        }
        return HttpResponse.seeOther(URI.create("/staff/households/" + household.display() + "#consent"));
    }

    /** The people who can give consent: the claimant and partner, by name where we have it. */
    private static List<String> adults(StoredHousehold household) {
        return household.household().people().stream()
                .filter(p -> p.role() == Person.Role.CLAIMANT || p.role() == Person.Role.PARTNER)
                .map(p -> p.name() != null ? p.name() : p.role() == Person.Role.CLAIMANT ? "The claimant" : "The partner")
                .toList();
    }

    private static <E extends Enum<E>> Optional<E> choice(E[] values, String chosen) {
        return Arrays.stream(values).filter(v -> v.name().equals(chosen)).findFirst();
    }

    private static ModelAndView<ConsentPage> page(SignedIn who, StoredHousehold household, Map<String, String> typed,
                                                  List<FieldError> errors) {
        List<Option> people = adults(household).stream().map(a -> new Option(a, a, a.equals(typed.get("givenBy")), null)).toList();
        List<Option> agencies = Arrays.stream(Agency.values())
                .map(a -> new Option(a.name(), capitalised(a.label()), a.name().equals(typed.get("agency")), "Decides " + a.decides()))
                .toList();
        List<Option> purposes = Arrays.stream(Purpose.values())
                .map(p -> new Option(p.name(), p.label(), p.name().equals(typed.get("purpose")), capitalised(p.covers())))
                .toList();
        List<Option> ways = Arrays.stream(HowGiven.values())
                .map(h -> new Option(h.name(), h.label(), h.name().equals(typed.get("how")), null)).toList();
        return new ModelAndView<>("staff/consent", new ConsentPage(StaffPages.Chrome.of(who, "/staff/households"),
                household.reference(), people, agencies, purposes, ways, "yes".equals(typed.get("agreed")), errors,
                StaffPages.byField(errors)));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Introspected
    public record ConsentPage(StaffPages.Chrome chrome, String reference, List<Option> people, List<Option> agencies,
                              List<Option> purposes, List<Option> ways, boolean agreed, List<FieldError> errors,
                              Map<String, String> errorFor) {
    }
}
