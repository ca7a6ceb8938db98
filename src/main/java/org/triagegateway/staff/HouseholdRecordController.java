package org.triagegateway.staff;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.triagegateway.household.FactLabels;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.Person;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.sharing.Change;
import org.triagegateway.questions.QuestionCatalogue;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;
import org.triagegateway.web.ProblemException;
import org.triagegateway.staff.StaffPages.AnswersPage;
import org.triagegateway.staff.StaffPages.ConflictPage;
import org.triagegateway.staff.StaffPages.ConflictRow;
import org.triagegateway.staff.StaffPages.FieldError;
import org.triagegateway.staff.StaffPages.FormField;
import org.triagegateway.staff.StaffPages.RecordRow;
import org.triagegateway.staff.StaffPages.RecordSection;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completing a household with the claimant: the questions the rules still ask (so a kiosk triage
 * is finished without asking again what the kiosk already knows), and the whole record to check
 * and correct one value at a time.
 */
@Hidden
@Controller("/staff/households/{reference}")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class HouseholdRecordController {

    private static final String PATH = "/staff/households/";
    private static final int MOST_FIELDS = 60;

    private final HouseholdService households;
    private final HouseholdEdit edit;
    private final QuestionCatalogue catalogue;

    HouseholdRecordController(HouseholdService households, HouseholdEdit edit, QuestionCatalogue catalogue) {
        this.households = households;
        this.catalogue = catalogue;
        this.edit = edit;
    }

    @Get(value = "/questions", produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<AnswersPage> questions(HttpRequest<?> request, @PathVariable String reference) {
        StoredHousehold stored = households.get(HouseholdReference.of(reference));
        List<HouseholdEdit.Ask> asks = edit.stillToAsk(stored);
        Map<String, String> typed = Map.of();
        return new ModelAndView<>("staff/answers", questionsPage(request, stored, asks, typed, List.of(), Checks.NONE));
    }

    @Get(value = "/record", produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<StaffPages.RecordPage> record(HttpRequest<?> request, @PathVariable String reference) {
        StoredHousehold stored = households.get(HouseholdReference.of(reference));
        JsonNode tree = edit.tree(stored.household());
        Map<String, List<RecordRow>> sections = new LinkedHashMap<>();
        Map<String, List<StaffPages.Action>> actions = new LinkedHashMap<>();
        for (FactPath path : FactPath.valuesOf(tree)) {
            if (!shown(path, tree, stored.household())) {
                continue;
            }
            FactField field = new FactField(path);
            String section = FactLabels.section(path, stored.household());
            sections.computeIfAbsent(section, s -> new ArrayList<>())
                    .add(new RecordRow(FactLabels.label(path), field.display(path.read(tree)),
                            PATH + stored.reference() + "/record/" + path.fieldName()));
            actions.computeIfAbsent(section, s -> actions(stored, path, section));
        }
        List<RecordSection> list = sections.entrySet().stream()
                .map(e -> new RecordSection(e.getKey(), e.getValue(), actions.get(e.getKey()))).toList();
        return new ModelAndView<>("staff/record", new StaffPages.RecordPage(chrome(request), stored.reference(),
                stored.version(), list));
    }

    @Get(value = "/record/{fact}", produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<AnswersPage> change(HttpRequest<?> request, @PathVariable String reference, @PathVariable String fact) {
        StoredHousehold stored = households.get(HouseholdReference.of(reference));
        JsonNode tree = edit.tree(stored.household());
        FactField field = FactPath.ofFieldName(fact).filter(p -> !p.type().isRecord() && p.editable() && p.existsIn(tree))
                .map(FactField::new)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "No such value",
                        "The household record has no value called " + fact + "."));
        return new ModelAndView<>("staff/answers", changePage(request, stored, field, field.typed(field.path().read(tree)), List.of(),
                Checks.NONE));
    }

    /** The versions a page shows at most: the newest. */
    private static final int MOST_VERSIONS = 50;

    @Get(value = "/history", produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<StaffPages.HistoryPage> history(HttpRequest<?> request, @PathVariable String reference) {
        HouseholdReference household = HouseholdReference.of(reference);
        long latest = households.get(household).version();
        long from = Math.max(1, latest - MOST_VERSIONS);
        List<HouseholdService.Version> versions = households.since(household, from);
        List<StaffPages.VersionRow> rows = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            HouseholdService.Version version = versions.get(i);
            if (i == 0 && from > 1) {
                break; // only the base the next version is compared with
            }
            List<SharePages.ChangeRow> changes = i == 0 ? List.of() : SharePages.changes(
                    Change.between(edit.tree(versions.get(i - 1).household()), edit.tree(version.household())),
                    versions.get(i - 1).household(), version.household());
            rows.add(new StaffPages.VersionRow(version.version(), HouseholdPage.when(version.recordedAt()),
                    version.who(), changes));
        }
        return new ModelAndView<>("staff/history", new StaffPages.HistoryPage(chrome(request),
                HouseholdReference.of(reference).display(), rows, from > 1));
    }

    /** For a person: add a job or other income, and remove them (never the claimant); for a job, income or savings: remove. */
    private static List<StaffPages.Action> actions(StoredHousehold stored, FactPath path, String section) {
        String base = PATH + stored.reference();
        List<StaffPages.Action> actions = new ArrayList<>();
        Optional<FactPath> item = path.item();
        actions.add(new StaffPages.Action(base + "/record/section/" + part(path), "Change all on one page", "for " + section));
        if (item.isEmpty()) {
            return actions;
        }
        String about = "for " + section;
        if (item.get().isPerson()) {
            String person = item.get().fieldName();
            actions.add(new StaffPages.Action(base + "/add/" + person + "-earnings", "Add a job", about));
            actions.add(new StaffPages.Action(base + "/add/" + person + "-otherIncome", "Add other income", about));
            if (stored.household().people().get(item.get().personIndex()).role() == Person.Role.CLAIMANT) {
                return actions;
            }
        }
        actions.add(new StaffPages.Action(base + "/remove/" + item.get().fieldName(), "Remove", section + " from the record"));
        return actions;
    }

    /**
     * A whole part of the record on one page: a person, a job, the home, how to reach them. Each value
     * as the record page offers it; a value emptied is taken away, as on the change page.
     *
     * @param item "people-0", "people-0-earnings-1", "capital-0", "housing", "contact" or "childcare"
     */
    @Get(value = "/record/section/{item}", produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<AnswersPage> section(HttpRequest<?> request, @PathVariable String reference, @PathVariable String item) {
        StoredHousehold stored = households.get(HouseholdReference.of(reference));
        JsonNode tree = edit.tree(stored.household());
        List<FactField> fields = FactPath.valuesOf(tree).stream().filter(p -> p.editable() && inSection(p, item))
                .filter(p -> shown(p, tree, stored.household())).map(FactField::new).toList();
        if (fields.isEmpty()) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "No such part of the record",
                    "The household record has no person, job, income or part called " + item + ".");
        }
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach(f -> typed.putAll(f.typed(f.path().read(tree))));
        return new ModelAndView<>("staff/answers", sectionPage(request, stored, fields, typed, List.of(), Checks.NONE));
    }

    /** A page of this household's, as its address is shown: "/staff/households/K7M-P3Q-XRT/questions". */
    private static String at(StoredHousehold stored, String page) {
        return PATH + HouseholdReference.of(stored.reference()).display() + page;
    }

    /** The part of the record a value is in, as the section page's address names it: "people-0", "housing". */
    private static String part(FactPath path) {
        return path.item().map(FactPath::fieldName).orElse(path.toString().split("\\.")[0]);
    }

    /** Whether a value is in the part of the record named: its list item, or the top-level part it is in. */
    private static boolean inSection(FactPath path, String item) {
        Optional<FactPath> within = path.item();
        if (within.isPresent()) {
            return within.get().fieldName().equals(item);
        }
        return path.toString().startsWith(item + ".") && !item.contains("-");
    }

    private AnswersPage sectionPage(HttpRequest<?> request, StoredHousehold stored, List<FactField> fields, Map<String, String> typed,
                                    List<FieldError> errors, Checks checks) {
        Map<String, String> errorFor = StaffPages.byField(errors);
        Map<String, String> doubtFor = StaffPages.byField(checks.doubts());
        String section = FactLabels.section(fields.get(0).path(), stored.household());
        List<FormField> form = fields.stream().map(f -> formField(f, "", FactLabels.label(f.path()), null, typed,
                errorFor.get(f.firstInput()), doubtFor.get(f.firstInput()), true)).toList();
        return new AnswersPage(chrome(request), stored.reference(), stored.version(), "Change " + section, form,
                facts(fields.stream().map(FactField::path).toList()), true, errors, PATH + stored.reference() + "/record",
                checks.doubts(), checks.sure(), at(stored, "/record/section/" + part(fields.get(0).path())));
    }

    /**
     * A value left empty that cannot apply to this person is not offered: a child's National Insurance
     * number, a 7-year-old's pregnancy or fit note (the catalogue says whom each fact is asked of). A value
     * that is there is always shown, whoever it is about, so nothing recorded is out of sight.
     */
    private boolean shown(FactPath path, JsonNode tree, Household household) {
        Optional<Person> person = path.person(household);
        if (person.isEmpty() || path.read(tree).filter(v -> !v.isNull()).isPresent()) {
            return true;
        }
        Person.Role role = person.get().role();
        if (path.name().equals("nationalInsuranceNumber")) {
            return role != Person.Role.CHILD;
        }
        return catalogue.find(path.toString()).map(question -> question.about(role)).orElse(true);
    }

    /** The answers to the questions, or a changed value: saved onto the version the adviser saw, then assessed again. */
    @Post(value = "/record", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Audited(action = "change", record = "household")
    HttpResponse<?> save(HttpRequest<?> request, @PathVariable String reference, @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        HouseholdReference household = HouseholdReference.of(reference);
        boolean change = "change".equals(form.get("mode"));
        Optional<List<FactField>> fields = fields(form.get("facts"));
        Optional<Long> basedOn = version(form.get("version"));
        if (fields.isEmpty() || basedOn.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "The form was not sent whole",
                    "Nothing was saved. Go back to the household and try again.");
        }
        HouseholdEdit.Outcome outcome = edit.save(household, basedOn.get(), fields.get(), form, change, who.displayName());
        if (outcome instanceof HouseholdEdit.Saved saved) {
            return HttpResponse.seeOther(URI.create(PATH + saved.household().reference()
                    + (saved.changed() ? "?saved=" + saved.household().version() : "?unchanged=true")));
        }
        StoredHousehold stored = households.get(household);
        if (outcome instanceof HouseholdEdit.Changed changed) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("staff/conflict",
                    conflictPage(request, household, changed, basedOn.get(), fields.get(), form, change)));
        }
        Map<String, String> typed = new LinkedHashMap<>();
        fields.get().forEach(f -> typed.putAll(f.typedIn(form)));
        List<FieldError> errors = List.of();
        Checks checks = Checks.NONE;
        if (outcome instanceof HouseholdEdit.Unlikely unlikely) {
            checks = new Checks(unlikely.doubts().stream()
                    .map(d -> new FieldError(new FactField(d.path()).firstInput(), d.question())).toList(), unlikely.sure());
        } else {
            errors = ((HouseholdEdit.Invalid) outcome).errors();
        }
        AnswersPage page = !change ? questionsPage(request, stored, asksFor(stored, fields.get()), typed, errors, checks)
                : fields.get().size() == 1 ? changePage(request, stored, fields.get().get(0), typed, errors, checks)
                : sectionPage(request, stored, fields.get(), typed, errors, checks);
        // asked to check a value, nothing was wrong with the request: only an error is a 400
        return HttpResponse.status(errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>("staff/answers", page));
    }

    /** Values to check before they are saved, by input, and the hidden inputs that say they were. */
    private record Checks(List<FieldError> doubts, Map<String, String> sure) {
        static final Checks NONE = new Checks(List.of(), Map.of());
    }

    private AnswersPage questionsPage(HttpRequest<?> request, StoredHousehold stored, List<HouseholdEdit.Ask> asks,
                                      Map<String, String> typed, List<FieldError> errors, Checks checks) {
        Map<String, String> errorFor = StaffPages.byField(errors);
        Map<String, String> doubtFor = StaffPages.byField(checks.doubts());
        List<FormField> fields = new ArrayList<>();
        for (HouseholdEdit.Ask ask : asks) {
            FactField field = new FactField(ask.path());
            fields.add(formField(field, FactLabels.section(ask.path(), stored.household()), ask.question(),
                    forBenefits(ask.benefits()), typed, errorFor.get(field.firstInput()), doubtFor.get(field.firstInput()), false));
        }
        return new AnswersPage(chrome(request), stored.reference(), stored.version(), "Questions still to ask", fields,
                facts(asks.stream().map(HouseholdEdit.Ask::path).toList()), false, errors, PATH + stored.reference(),
                checks.doubts(), checks.sure(), at(stored, "/questions"));
    }

    /** The benefits waiting for an answer: a fact about the household as a whole is wanted by nearly all of them. */
    private static String forBenefits(List<String> benefits) {
        int named = 3;
        if (benefits.size() <= named + 1) {
            return "For " + String.join(", ", benefits);
        }
        return "For " + String.join(", ", benefits.subList(0, named)) + " and " + (benefits.size() - named) + " more";
    }

    private AnswersPage changePage(HttpRequest<?> request, StoredHousehold stored, FactField field, Map<String, String> typed,
                                   List<FieldError> errors, Checks checks) {
        FactPath path = field.path();
        FormField form = formField(field, FactLabels.section(path, stored.household()), FactLabels.label(path),
                path.description().orElse(null), typed, StaffPages.byField(errors).get(field.firstInput()),
                StaffPages.byField(checks.doubts()).get(field.firstInput()), true);
        return new AnswersPage(chrome(request), stored.reference(), stored.version(), "Change " + FactLabels.label(path).toLowerCase(java.util.Locale.UK),
                List.of(form), path.fieldName(), true, errors, PATH + stored.reference() + "/record", checks.doubts(), checks.sure(),
                at(stored, "/record/" + path.fieldName()));
    }

    private static FormField formField(FactField field, String section, String legend, String hint, Map<String, String> typed,
                                       String error, String doubt, boolean notKnown) {
        List<StaffPages.Option> options = field.kind() == FactField.Kind.CHOICE ? field.options(typed, notKnown) : List.of();
        return new FormField(field.path().fieldName(), field.kind().name(), section, legend, hint, options, typed, error, doubt);
    }

    /** On a form sent again with errors: the same questions, with the same words, even if the rules now ask others. */
    private List<HouseholdEdit.Ask> asksFor(StoredHousehold stored, List<FactField> fields) {
        Map<FactPath, HouseholdEdit.Ask> asked = new LinkedHashMap<>();
        edit.stillToAsk(stored).forEach(a -> asked.put(a.path(), a));
        return fields.stream().map(f -> asked.getOrDefault(f.path(),
                new HouseholdEdit.Ask(f.path(), FactLabels.label(f.path()), List.of()))).toList();
    }

    private ConflictPage conflictPage(HttpRequest<?> request, HouseholdReference reference, HouseholdEdit.Changed changed,
                                      long basedOn, List<FactField> fields, Map<String, String> form, boolean change) {
        Map<FactPath, String> changedBy = changedBy(reference, basedOn, fields);
        Household now = changed.current().household();
        JsonNode nowTree = edit.tree(now);
        JsonNode startedTree = changed.basedOn() == null ? null : edit.tree(changed.basedOn());
        List<ConflictRow> rows = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<FactPath> kept = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();
        for (FactField field : fields) {
            FactField.Reading reading = field.read(form, change);
            if (reading.value() == null) {
                continue;
            }
            String label = FactLabels.label(field.path());
            if (!field.path().existsIn(nowTree)) {
                gone.add(label + ": " + field.display(Optional.of(reading.value()).filter(v -> !v.isNull())));
                continue;
            }
            String started = startedTree == null ? "Not known" : field.display(field.path().read(startedTree));
            String current = field.display(field.path().read(nowTree));
            rows.add(new ConflictRow(FactLabels.section(field.path(), now), label, started, current,
                    field.display(Optional.of(reading.value()).filter(v -> !v.isNull())), !started.equals(current),
                    changedBy.get(field.path())));
            kept.add(field.path());
            answers.putAll(field.typedIn(form));
        }
        return new ConflictPage(chrome(request), changed.current().reference(), basedOn, changed.current().version(), rows,
                answers, facts(kept), change, gone);
    }

    /** For each value changed since {@code basedOn}: who made its latest change, and when. */
    private Map<FactPath, String> changedBy(HouseholdReference reference, long basedOn, List<FactField> fields) {
        Map<FactPath, String> by = new LinkedHashMap<>();
        List<HouseholdService.Version> versions = households.since(reference, basedOn);
        for (int i = 1; i < versions.size(); i++) {
            JsonNode before = edit.tree(versions.get(i - 1).household());
            JsonNode after = edit.tree(versions.get(i).household());
            HouseholdService.Version version = versions.get(i);
            for (FactField field : fields) {
                if (!field.path().read(before).equals(field.path().read(after))) {
                    by.put(field.path(), version.who() + ", " + HouseholdPage.when(version.recordedAt()));
                }
            }
        }
        return by;
    }

    private static Optional<List<FactField>> fields(String facts) {
        if (facts == null || facts.isBlank()) {
            return Optional.empty();
        }
        String[] names = facts.split(",");
        if (names.length > MOST_FIELDS) {
            return Optional.empty();
        }
        List<FactField> fields = new ArrayList<>();
        for (String name : Arrays.stream(names).distinct().toList()) {
            Optional<FactPath> path = FactPath.ofFieldName(name.strip()).filter(p -> !p.type().isRecord() && p.editable());
            if (path.isEmpty()) {
                return Optional.empty();
            }
            fields.add(new FactField(path.get()));
        }
        return Optional.of(fields);
    }

    private static Optional<Long> version(String version) {
        try {
            return Optional.of(Long.parseLong(version)).filter(v -> v > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String facts(List<FactPath> paths) {
        return String.join(",", paths.stream().map(FactPath::fieldName).toList());
    }

    private static StaffPages.Chrome chrome(HttpRequest<?> request) {
        return StaffPages.Chrome.of(SignedIn.of(request).orElseThrow(), PATH);
    }
}
