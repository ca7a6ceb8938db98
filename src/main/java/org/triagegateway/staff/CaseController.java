package org.triagegateway.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.triagegateway.audit.Audited;
import org.triagegateway.household.FactLabels;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.Person;
import org.triagegateway.household.Plausibility;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;
import org.triagegateway.staff.StaffPages.FieldError;
import org.triagegateway.staff.StaffPages.FormField;
import org.triagegateway.web.ProblemException;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The shape of a case in the adviser's pages: a new household, and people, jobs, other income and
 * savings added to it or taken away (the GOV.UK "add another" pattern: one thing at a time, each
 * with only the questions needed to record it; the rest is asked as the rules need it).
 */
@Hidden
@Controller("/staff/households")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class CaseController {

    private static final String PATH = "/staff/households";

    private final HouseholdService households;
    private final HouseholdEdit edit;
    private final AuditTrail audit;
    private final HttpClientAddressResolver addresses;

    CaseController(HouseholdService households, HouseholdEdit edit, AuditTrail audit, HttpClientAddressResolver addresses) {
        this.households = households;
        this.edit = edit;
        this.audit = audit;
        this.addresses = addresses;
    }

    // ---- a new household ----

    /** The person's own fields, always read; the home's, read when any of them is given. */
    private static final List<String> ABOUT_THEM = List.of("people[0].name", "people[0].dateOfBirth", "contact.phone", "contact.email");
    private static final List<String> THEIR_HOME = List.of("housing.tenure", "housing.postcode", "housing.address");

    private static List<FactField> fields(List<String> paths) {
        return paths.stream().map(CaseController::field).toList();
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<StaffPages.FormPage> startPage(HttpRequest<?> request) {
        return new ModelAndView<>("staff/form", newHouseholdPage(request, Map.of(), List.of(), UUID.randomUUID()));
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> start(HttpRequest<?> request, @Body Map<String, String> form) {
        SignedIn who = signedIn(request, form);
        List<FactField> them = fields(ABOUT_THEM);
        List<FactField> home = fields(THEIR_HOME);
        List<FactField> all = new ArrayList<>(them);
        all.addAll(home);
        List<FieldError> errors = new ArrayList<>();
        if (blank(form, "people-0-name")) {
            errors.add(new FieldError("people-0-name", "Enter their full name"));
        }
        boolean homeGiven = home.stream().anyMatch(f -> !blank(form, f.path().fieldName()));
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.putArray("people").addObject().put("id", "claimant").put("role", Person.Role.CLAIMANT.name());
        boolean tenureMissing = homeGiven && blank(form, "housing-tenure");
        List<FactField> given = new ArrayList<>(them);
        if (homeGiven) {
            given.addAll(tenureMissing ? home.subList(1, home.size()) : home);
        }
        errors.addAll(HouseholdEdit.read(tree, given, form));
        if (tenureMissing) {
            // in the order the page asks: the home comes after the person
            errors.add(new FieldError("housing-tenure", "Choose what kind of home it is, to record where it is"));
        }
        UUID submission = submission(form.get("submission"));
        HouseholdEdit.Outcome outcome = errors.isEmpty() ? edit.create(tree, all, who.displayName(), submission)
                : new HouseholdEdit.Invalid(errors);
        if (outcome instanceof HouseholdEdit.Saved saved) {
            if (saved.changed()) {
                audit.record(who.actor(addresses.resolve(request)), "create", "household", saved.household().reference());
            }
            return HttpResponse.seeOther(URI.create(PATH + "/" + HouseholdReference.of(saved.household().reference()).display()
                    + "?done=started"));
        }
        return HttpResponse.badRequest(new ModelAndView<>("staff/form",
                newHouseholdPage(request, typedIn(all, form), ((HouseholdEdit.Invalid) outcome).errors(), submission)));
    }

    /** The form's showing, as it sent it; a fresh one if it sent none that reads. */
    private static UUID submission(@Nullable String sent) {
        try {
            return sent == null ? UUID.randomUUID() : UUID.fromString(sent);
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }

    /** @param submission this showing of the form: "Start the household" pressed twice makes one */
    private StaffPages.FormPage newHouseholdPage(HttpRequest<?> request, Map<String, String> typed, List<FieldError> errors,
                                                 UUID submission) {
        Map<String, String> errorFor = StaffPages.byField(errors);
        List<FactField> them = fields(ABOUT_THEM);
        List<FactField> home = fields(THEIR_HOME);
        List<FormField> fields = List.of(
                form(them.get(0), "Full name", null, typed, errorFor),
                form(them.get(1), "Date of birth", "For example, 27 3 1985", typed, errorFor),
                form(them.get(2), "Phone (optional)", "For example, 01582 123456", typed, errorFor),
                form(them.get(3), "Email (optional)", null, typed, errorFor),
                form(home.get(0), "What kind of home is it?", "Leave this, the postcode and the address for later if you do not know "
                        + "them yet.", typed, errorFor),
                form(home.get(1), "Postcode", "It tells us the council and the rent area.", typed, errorFor),
                form(home.get(2), "Address", "Without the postcode.", typed, errorFor));
        return new StaffPages.FormPage(chrome(request), "New household", "Start a new household",
                "Start with the person asking for help. Next you can add a partner, children and anyone else who lives with "
                        + "them, their jobs, other income and savings.",
                PATH + "/new", Map.of("submission", submission.toString()), fields, "Start the household", PATH, errors);
    }

    // ---- a person, a job, an income or savings added ----

    /** @param list "people", "people-0-earnings", "people-1-otherIncome" or "capital" */
    @Get(value = "/{reference}/add/{list}", produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<StaffPages.FormPage> addPage(HttpRequest<?> request, @PathVariable String reference, @PathVariable String list) {
        StoredHousehold stored = households.get(HouseholdReference.of(reference));
        NewItem item = NewItem.of(list, stored.household()).orElseThrow(CaseController::noSuchList);
        return new ModelAndView<>("staff/form", addPage(request, stored, item, Map.of(), List.of(), Map.of()));
    }

    @Post(value = "/{reference}/add/{list}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Audited(action = "change", record = "household")
    HttpResponse<?> add(HttpRequest<?> request, @PathVariable String reference, @PathVariable String list,
                        @Body Map<String, String> form) {
        SignedIn who = signedIn(request, form);
        HouseholdReference household = HouseholdReference.of(reference);
        StoredHousehold stored = households.get(household);
        NewItem item = NewItem.of(list, stored.household(), number(form.get("index")), form.get("person"))
                .orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT, "Who is in the household changed while you were typing",
                        "Nothing was added. Go back to the household, and add it again."));
        // read as the form was shown; added at the end of the list as it is when saved
        List<FieldError> errors = new ArrayList<>();
        ObjectNode values = item.read(form, stored.household(), errors);
        Map<String, String> doubts = errors.isEmpty() ? doubts(stored, item, values, form) : Map.of();
        if (!doubts.isEmpty()) {
            return HttpResponse.ok(new ModelAndView<>("staff/form", addPage(request, stored, item, typedIn(item.fields(), form),
                    List.of(), doubts)));
        }
        HouseholdEdit.Outcome outcome = errors.isEmpty()
                ? edit.apply(household, null, tree -> item.addTo(tree, values), item.fields(), who.displayName())
                : new HouseholdEdit.Invalid(errors);
        if (outcome instanceof HouseholdEdit.Saved) {
            return HttpResponse.seeOther(URI.create(PATH + "/" + household.display() + "?done=added"));
        }
        if (outcome instanceof HouseholdEdit.Changed) {
            throw new ProblemException(HttpStatus.CONFLICT, "Others were changing this record at the same moment",
                    "Nothing was added. Go back, and try again.");
        }
        return HttpResponse.badRequest(new ModelAndView<>("staff/form", addPage(request, stored, item,
                typedIn(item.fields(), form), ((HouseholdEdit.Invalid) outcome).errors(), Map.of())));
    }

    /**
     * What to check before adding (household.Plausibility), by field: a pay of £999,999 a month is asked
     * about, and added once the same value is sent again.
     */
    private Map<String, String> doubts(StoredHousehold stored, NewItem item, ObjectNode values, Map<String, String> form) {
        ObjectNode tree = (ObjectNode) edit.tree(stored.household());
        item.addTo(tree, values);
        // asked of the amount, once: how often it is paid is part of the same question
        List<FactPath> added = item.fields().stream().map(FactField::path).filter(p -> p.existsIn(tree))
                .filter(p -> !p.name().equals("frequency")).toList();
        Map<String, String> doubts = new LinkedHashMap<>();
        for (Plausibility.Doubt doubt : Plausibility.of(tree, added)) {
            JsonNode value = values.path(doubt.path().name());
            if (!HouseholdEdit.checked(value, form.get(HouseholdEdit.sureField(doubt.path())))) {
                doubts.put(doubt.path().fieldName(), doubt.question());
            }
        }
        return doubts;
    }

    /** @param doubts what to check about a value, by its field, before it is added; each sent again says it is right */
    private StaffPages.FormPage addPage(HttpRequest<?> request, StoredHousehold stored, NewItem item, Map<String, String> typed,
                                        List<FieldError> errors, Map<String, String> doubts) {
        Map<String, String> errorFor = StaffPages.byField(errors);
        List<FormField> fields = new ArrayList<>();
        if (item.kind().equals("people")) {
            fields.add(roleField(stored.household(), item, typed, errorFor));
        }
        for (FactField field : item.fields()) {
            FormField asked = form(field, FactLabels.label(field.path()), field.kind() == FactField.Kind.DATE ? "For example, 27 3 2015"
                    : null, typed, errorFor);
            String doubt = doubts.get(field.path().fieldName());
            fields.add(doubt == null ? asked : new FormField(asked.name(), asked.kind(), asked.section(), asked.legend(), asked.hint(),
                    asked.options(), asked.typed(), asked.error(), doubt));
        }
        if (item.kind().equals("capital")) {
            fields.add(ownerField(stored.household(), typed, errorFor));
        }
        String reference = HouseholdReference.of(stored.reference()).display();
        // the form says which place and person its fields were named for, so that nothing typed is lost if others change the list
        Map<String, String> hidden = new LinkedHashMap<>();
        hidden.put("index", String.valueOf(item.index()));
        if (item.person() != null) {
            hidden.put("person", item.person());
        }
        doubts.keySet().forEach(field -> hidden.put("sure-" + field, typed.getOrDefault(field, "")));
        return new StaffPages.FormPage(chrome(request), "Household " + reference, item.heading(stored.household()),
                doubts.isEmpty() ? "Record what you know now. Anything else is asked when the rules need it."
                        : "Nothing has been added yet. Check the answer marked below with the person: if it is right, add it again.",
                PATH + "/" + reference + "/add/" + item.list(), hidden, fields, item.button(), PATH + "/" + reference, errors);
    }

    /** Who the new person is: a partner only while there is none (a household has one). */
    private static FormField roleField(Household household, NewItem item, Map<String, String> typed, Map<String, String> errorFor) {
        String name = item.prefix() + "-role";
        List<StaffPages.Option> options = new ArrayList<>();
        for (Person.Role role : NewItem.rolesToAdd(household)) {
            options.add(new StaffPages.Option(role.name(), FactLabels.choice(role), role.name().equals(typed.get(name)),
                    role == Person.Role.OTHER_ADULT ? "Someone else living in the home, such as a grown-up son or daughter, "
                            + "a parent or a lodger" : role == Person.Role.CHILD ? "Under 20, and someone in the household is "
                            + "responsible for them" : null));
        }
        return new FormField(name, "CHOICE", "", "Who are they?", null, options, typed, errorFor.get(name), null);
    }

    /** Whose savings: chosen by name, never typed as an id. */
    private static FormField ownerField(Household household, Map<String, String> typed, Map<String, String> errorFor) {
        List<StaffPages.Option> options = new ArrayList<>();
        options.add(new StaffPages.Option(NewItem.JOINT, "The claimant's, or the couple's together", NewItem.JOINT.equals(typed.get("owner")),
                null));
        for (int i = 0; i < household.people().size(); i++) {
            Person person = household.people().get(i);
            if (person.role() != Person.Role.CLAIMANT && person.role() != Person.Role.CHILD) {
                options.add(new StaffPages.Option(person.id(), FactLabels.person(household, i), person.id().equals(typed.get("owner")), null));
            }
        }
        return new FormField("owner", "CHOICE", "", "Whose are they?", null, options, typed, errorFor.get("owner"), null);
    }

    // ---- taken away ----

    /** @param item "people-1", "people-0-earnings-0", "people-0-otherIncome-1" or "capital-0" */
    @Get(value = "/{reference}/remove/{item}", produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<StaffPages.RemovePage> removePage(HttpRequest<?> request, @PathVariable String reference, @PathVariable String item) {
        StoredHousehold stored = households.get(HouseholdReference.of(reference));
        return new ModelAndView<>("staff/remove", removePage(request, stored, removable(item, stored), null));
    }

    @Post(value = "/{reference}/remove/{item}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Audited(action = "change", record = "household")
    HttpResponse<?> remove(HttpRequest<?> request, @PathVariable String reference, @PathVariable String item,
                           @Body Map<String, String> form) {
        SignedIn who = signedIn(request, form);
        HouseholdReference household = HouseholdReference.of(reference);
        StoredHousehold stored = households.get(household);
        FactPath path = removable(item, stored);
        if (!String.valueOf(stored.version()).equals(form.get("version"))) {
            // what this item is may have moved: confirm it again as it is now
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("staff/remove", removePage(request, stored, path,
                    "The record changed since you opened this page. Check this is still what you want to remove.")));
        }
        HouseholdEdit.Outcome outcome = edit.apply(household, stored.version(), tree -> {
            removeFrom(tree, path);
            return List.of();
        }, List.of(), who.displayName());
        if (outcome instanceof HouseholdEdit.Changed) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("staff/remove", removePage(request,
                    households.get(household), removable(item, households.get(household)),
                    "The record changed since you opened this page. Check this is still what you want to remove.")));
        }
        if (!(outcome instanceof HouseholdEdit.Saved)) {
            throw new ProblemException(HttpStatus.CONFLICT, "It could not be removed",
                    outcome instanceof HouseholdEdit.Invalid invalid ? invalid.errors().get(0).message() : "Others were changing "
                            + "this record at the same moment. Go back, and try again.");
        }
        return HttpResponse.seeOther(URI.create(PATH + "/" + household.display() + "?done=removed"));
    }

    private StaffPages.RemovePage removePage(HttpRequest<?> request, StoredHousehold stored, FactPath path, @Nullable String notice) {
        Household household = stored.household();
        String what = FactLabels.section(path, household);
        List<String> also = new ArrayList<>();
        if (path.isPerson()) {
            Person person = household.people().get(path.personIndex());
            List<String> theirs = new ArrayList<>();
            count(person.earnings() == null ? 0 : person.earnings().size(), "job", "jobs").ifPresent(theirs::add);
            count(person.otherIncome() == null ? 0 : person.otherIncome().size(), "other income", "other incomes").ifPresent(theirs::add);
            count(household.capital().stream().filter(c -> person.id().equals(c.ownerId())).count(), "savings or capital",
                    "savings or capital").ifPresent(theirs::add);
            if (!theirs.isEmpty()) {
                also.add("Their " + String.join(" and ", theirs) + " will be removed too.");
            }
        }
        String reference = HouseholdReference.of(stored.reference()).display();
        return new StaffPages.RemovePage(chrome(request), reference, stored.version(), path.fieldName(), what, also, notice);
    }

    /** A person (never the claimant), a job, an income or savings: something in a list. */
    private FactPath removable(String item, StoredHousehold stored) {
        Optional<FactPath> path = FactPath.ofFieldName(item).filter(p -> p.item().filter(p::equals).isPresent());
        if (path.isEmpty() || !path.get().existsIn(edit.tree(stored.household()))
                || (path.get().isPerson()
                    && stored.household().people().get(path.get().personIndex()).role() == Person.Role.CLAIMANT)) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "Nothing to remove",
                    "The household has no such person, job, income or savings, or it cannot be removed.");
        }
        return path.get();
    }

    /** Takes the item out of its list; a person's savings go with them. */
    private static void removeFrom(ObjectNode tree, FactPath path) {
        if (path.isPerson() && tree.get("capital") instanceof ArrayNode capital) {
            String id = path.read(tree).orElseThrow().path("id").asText();
            for (int i = capital.size() - 1; i >= 0; i--) {
                if (id.equals(capital.get(i).path("ownerId").asText())) {
                    capital.remove(i);
                }
            }
        }
        path.removeFrom(tree);
    }

    // ---- shared ----

    private static FormField form(FactField field, String legend, @Nullable String hint, Map<String, String> typed,
                                  Map<String, String> errorFor) {
        List<StaffPages.Option> options = field.kind() == FactField.Kind.CHOICE ? field.options(typed, false) : List.of();
        return new FormField(field.path().fieldName(), field.kind().name(), "", legend, hint, options, typed,
                errorFor.get(field.firstInput()), null);
    }

    static FactField field(String path) {
        return new FactField(FactPath.parse(path).orElseThrow());
    }

    private static Map<String, String> typedIn(List<FactField> fields, Map<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach(f -> typed.putAll(f.typedIn(form)));
        for (String name : form.keySet()) {
            if ((name.endsWith("-role") || name.equals("owner")) && form.get(name).length() <= 40) {
                typed.put(name, form.get(name));
            }
        }
        return typed;
    }

    @Nullable
    private static Integer number(@Nullable String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(Map<String, String> form, String name) {
        return form.get(name) == null || form.get(name).isBlank();
    }

    /** "1 job", "2 jobs", or nothing for none. */
    private static Optional<String> count(long n, String one, String many) {
        return n == 0 ? Optional.empty() : Optional.of(n + " " + (n == 1 ? one : many));
    }

    private static ProblemException noSuchList() {
        return new ProblemException(HttpStatus.NOT_FOUND, "Nothing to add to", "The household has no such person.");
    }

    private static SignedIn signedIn(HttpRequest<?> request, Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "The form had expired", "Go back, reload the page and try again.");
        }
        return who;
    }

    private static StaffPages.Chrome chrome(HttpRequest<?> request) {
        return StaffPages.Chrome.of(SignedIn.of(request).orElseThrow(), PATH);
    }
}
