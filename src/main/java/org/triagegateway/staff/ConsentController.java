package org.triagegateway.staff;

import io.micronaut.core.annotation.Introspected;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.audit.Audited;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.Person;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.location.Council;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.Consent;
import org.triagegateway.sharing.ConsentService;
import org.triagegateway.sharing.HouseholdCouncil;
import org.triagegateway.sharing.HowGiven;
import org.triagegateway.sharing.Purpose;
import org.triagegateway.sharing.Recipient;
import org.triagegateway.staff.StaffPages.FieldError;
import org.triagegateway.staff.StaffPages.Option;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Recording consent to share with agencies, for each purpose, and withdrawing it after asking to confirm. */
@Hidden
@Controller("/staff/households/{reference}/consent")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class ConsentController {

    private final ConsentService consents;
    private final HouseholdService households;
    private final HouseholdCouncil councils;

    ConsentController(ConsentService consents, HouseholdService households, HouseholdCouncil councils) {
        this.consents = consents;
        this.households = households;
        this.councils = councils;
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
        List<Scope> chosen = Scope.all().stream().filter(s -> "yes".equals(form.get(s.field())))
                .filter(s -> councils.recipient(household.household(), s.agency()).isPresent()).toList();
        Optional<HowGiven> how = choice(HowGiven.values(), form.get("how"));
        if (givenBy.isEmpty()) {
            errors.add(new FieldError("givenBy", "Select who gave consent"));
        }
        if (chosen.isEmpty()) {
            errors.add(new FieldError(firstScope(household), "Select who the information may be shared with, and for what"));
        }
        if (how.isEmpty()) {
            errors.add(new FieldError("how", "Select how consent was given"));
        }
        String councilNow = councils.of(household.household()).map(Council::code).orElse("");
        if (!councilNow.equals(form.getOrDefault("council", ""))) {
            // the page named one council; consent is recorded only for the council the person was told of
            errors.add(new FieldError(firstScope(household), "The home's council changed while this page was open. "
                    + "Read them the statement again with the council now shown, and ask again"));
        }
        if (!"yes".equals(form.get("agreed"))) {
            errors.add(new FieldError("agreed", "Confirm that you read the statement to them and they agreed"));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(who, household, form, errors));
        }
        consents.record(HouseholdReference.of(reference), chosen.stream().map(s -> new ConsentService.Scope(s.agency(), s.purpose()))
                .toList(), givenBy.get(), how.get(), who.username());
        return HttpResponse.seeOther(URI.create("/staff/households/" + household.reference() + "#consent"));
    }

    /** Asks to confirm before consent is withdrawn, saying what will stop, and how the person withdrew it. */
    @Get(value = "/{id}/withdraw", produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    HttpResponse<?> confirmWithdrawal(HttpRequest<?> request, @PathVariable String reference, @PathVariable String id) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        HouseholdReference household = HouseholdReference.of(reference);
        return active(household, id).<HttpResponse<?>>map(c -> HttpResponse.ok(withdrawalPage(who, household, c, null)))
                .orElseGet(HttpResponse::notFound);
    }

    @Post(value = "/{id}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Audited(action = "withdraw-consent", record = "household")
    HttpResponse<?> withdraw(HttpRequest<?> request, @PathVariable String reference, @PathVariable String id,
                             @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        HouseholdReference household = HouseholdReference.of(reference);
        Optional<Consent> consent = active(household, id);
        if (consent.isEmpty()) {
            return HttpResponse.notFound();
        }
        Optional<HowGiven> how = choice(HowGiven.values(), form.get("how"));
        if (how.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(withdrawalPage(who, household, consent.get(),
                    new FieldError("how", "Select how they withdrew consent")));
        }
        if (!consents.withdraw(household, consent.get().id(), who.username(), how.get())) {
            return HttpResponse.notFound();
        }
        return HttpResponse.seeOther(URI.create("/staff/households/" + household.display() + "#consent"));
    }

    private Optional<Consent> active(HouseholdReference household, String id) {
        try {
            return consents.find(household, UUID.fromString(id)).filter(Consent::active);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private ModelAndView<WithdrawalPage> withdrawalPage(SignedIn who, HouseholdReference household, Consent consent,
                                                        @Nullable FieldError error) {
        String agency = consent.recipient().map(councils::label).orElse(consent.agency().label());
        String stops = consent.purpose() == Purpose.EVIDENCE
                ? capitalised(agency) + " will no longer see the evidence sent to it, and no more will be sent. "
                + "What was shared to decide claims stays shared."
                : capitalised(agency) + " will no longer see anything shared with it, and nothing more will be sent, "
                + "until they consent again.";
        List<Option> ways = Arrays.stream(HowGiven.values()).map(h -> new Option(h.name(), h.label(), false, null)).toList();
        List<FieldError> errors = error == null ? List.of() : List.of(error);
        return new ModelAndView<>("staff/consent-withdraw", new WithdrawalPage(StaffPages.Chrome.of(who, "/staff/households"),
                household.display(), consent.id().toString(), agency, consent.purpose().label(), consent.givenBy(), stops, ways,
                errors, StaffPages.byField(errors)));
    }

    /** The first box to tick, where an error about the choice takes the person. */
    private String firstScope(StoredHousehold household) {
        return Scope.all().stream().filter(s -> councils.recipient(household.household(), s.agency()).isPresent())
                .findFirst().orElseThrow().field();
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

    private ModelAndView<ConsentPage> page(SignedIn who, StoredHousehold household, Map<String, String> typed,
                                           List<FieldError> errors) {
        List<Option> people = adults(household).stream().map(a -> new Option(a, a, a.equals(typed.get("givenBy")), null)).toList();
        List<AgencyScopes> agencies = new ArrayList<>();
        for (Agency a : Agency.values()) {
            // the council is the home's: each council is its own agency, and consent is for that one
            Optional<Recipient> recipient = councils.recipient(household.household(), a);
            agencies.add(new AgencyScopes(capitalised(recipient.map(councils::label).orElse(a.label())),
                    recipient.isEmpty() ? "We do not know which council the home is in. Add its postcode or council to the "
                            + "record first, then ask for consent to share with that council." : "Decides " + a.decides(),
                    recipient.isEmpty() ? List.of() : Scope.all().stream().filter(s -> s.agency() == a)
                            .map(s -> new Option(s.field(), s.purpose().label(), "yes".equals(typed.get(s.field())),
                                    capitalised(s.purpose().covers())))
                            .toList()));
        }
        List<Option> ways = Arrays.stream(HowGiven.values())
                .map(h -> new Option(h.name(), h.label(), h.name().equals(typed.get("how")), null)).toList();
        return new ModelAndView<>("staff/consent", new ConsentPage(StaffPages.Chrome.of(who, "/staff/households"),
                household.reference(), councils.of(household.household()).map(Council::code).orElse(""), people, agencies,
                firstScope(household), ways, "yes".equals(typed.get("agreed")), errors,
                StaffPages.byField(errors)));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** One agency and one purpose, as a box to tick: consent is recorded for each ticked. */
    record Scope(Agency agency, Purpose purpose) {

        static List<Scope> all() {
            return Arrays.stream(Agency.values())
                    .flatMap(a -> Arrays.stream(Purpose.values()).map(p -> new Scope(a, p))).toList();
        }

        /** The form field: "share-COUNCIL-EVIDENCE". */
        String field() {
            return "share-" + agency.name() + "-" + purpose.name();
        }
    }

    @Introspected
    public record AgencyScopes(String agency, String decides, List<Option> purposes) {
    }

    @Introspected
    public record ConsentPage(StaffPages.Chrome chrome, String reference, String council, List<Option> people, List<AgencyScopes> agencies,
                              String firstScope, List<Option> ways, boolean agreed, List<FieldError> errors, Map<String, String> errorFor) {
    }

    @Introspected
    public record WithdrawalPage(StaffPages.Chrome chrome, String reference, String id, String agency, String purpose,
                                 String givenBy, String stops, List<Option> ways, List<FieldError> errors,
                                 Map<String, String> errorFor) {
    }
}
