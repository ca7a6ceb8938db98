package org.triagegateway.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.household.ChildAge;
import org.triagegateway.household.ConsistentHousehold;
import org.triagegateway.household.FactLabels;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.Plausibility;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.questions.StaffQuestions;
import org.triagegateway.rules.BenefitResult;
import org.triagegateway.rules.BenefitResult.MissingFact;
import org.triagegateway.staff.StaffPages.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An adviser's change to a household: the answers to what the rules still ask, or one value
 * corrected. Answers are written only onto the version the adviser saw; if someone else saved
 * since, nothing is written and both versions are shown.
 */
@Singleton
class HouseholdEdit {

    private final HouseholdService households;
    private final AssessmentService assessments;
    private final ObjectMapper json;
    private final Validator validator;

    private final StaffQuestions staffQuestions;

    HouseholdEdit(HouseholdService households, AssessmentService assessments, ObjectMapper json, Validator validator,
                  StaffQuestions staffQuestions) {
        this.staffQuestions = staffQuestions;
        this.households = households;
        this.assessments = assessments;
        this.json = json;
        this.validator = validator;
    }

    /** A question the rules ask about one value, in the catalogue's staff wording, and the benefits that wait for the answer. */
    record Ask(FactPath path, String question, List<String> benefits) {
    }

    /** What the rules still need to know about this household, as it is now, each value once. */
    List<Ask> stillToAsk(StoredHousehold stored) {
        Map<FactPath, Ask> asks = new LinkedHashMap<>();
        JsonNode tree = tree(stored.household());
        for (BenefitResult result : assessments.evaluate(stored.household(), null).benefits()) {
            for (MissingFact fact : result.questions()) {
                // a fact such as "housing" is asked as the values it cannot be without
                FactPath.parse(fact.fact()).map(FactPath::requiredValues).orElse(List.of()).stream()
                        .filter(path -> path.read(tree).isEmpty())
                        .forEach(path -> asks.computeIfAbsent(path, p -> new Ask(p,
                                        staffQuestions.question(p, stored.household()).orElse(fact.question()), new ArrayList<>()))
                                .benefits().add(result.name()));
            }
        }
        return List.copyOf(asks.values());
    }

    JsonNode tree(Household household) {
        return json.valueToTree(household);
    }

    sealed interface Outcome permits Saved, Invalid, Changed, Unlikely {
    }

    /** @param changed false when the answers were what the record already held: nothing was written */
    record Saved(StoredHousehold household, boolean changed) implements Outcome {
    }

    record Invalid(List<FieldError> errors) implements Outcome {
    }

    /**
     * Values that are allowed but rarely right, to check before saving: nothing was written.
     *
     * @param sure what to send back, in hidden inputs, to say each value was checked and is right
     */
    record Unlikely(List<Plausibility.Doubt> doubts, Map<String, String> sure) implements Outcome {
    }

    /** Someone saved since the version the answers were based on: nothing was written. */
    record Changed(StoredHousehold current, @Nullable Household basedOn) implements Outcome {
    }

    /** Two saves racing for the same version: the loser tries again this many times onto the winner's. */
    private static final int ATTEMPTS = 3;

    /**
     * Writes the answers onto the household, then assesses it again, so the results and the questions
     * left follow the answers at once. If someone saved since the version the answers were based on,
     * the answers still go onto the latest version when none of them is about a value that person
     * changed to something else; otherwise nothing is written and the clash is shown. The same holds
     * when two saves race: the one that loses is merged onto the one that won, never lost.
     *
     * @param by who is saving, in words shown to staff
     */
    Outcome save(HouseholdReference reference, long basedOn, List<FactField> fields, Map<String, String> form, boolean blankClears,
                 String by) {
        for (int attempt = 1; ; attempt++) {
            StoredHousehold current = households.get(reference);
            if (current.version() != basedOn) {
                Optional<Household> started = households.atVersion(reference, basedOn);
                if (started.isEmpty() || clashes(started.get(), current.household(), fields, form, blankClears)) {
                    return new Changed(current, started.orElse(null));
                }
            }
            Optional<Outcome> written = write(reference, current, fields, form, blankClears, by);
            if (written.isPresent()) {
                return written.get();
            }
            if (attempt == ATTEMPTS) {
                return new Changed(households.get(reference), households.atVersion(reference, basedOn).orElse(null));
            }
        }
    }

    /**
     * Whether an answer would undo someone else's change: a value they changed since the answers were
     * begun, answered differently from what they made it. An answer about someone no longer in the
     * record clashes too. The same answer twice (a form sent twice) is no clash.
     */
    private boolean clashes(Household started, Household now, List<FactField> fields, Map<String, String> form, boolean blankClears) {
        JsonNode was = tree(started);
        JsonNode is = tree(now);
        for (FactField field : fields) {
            if (!field.path().existsIn(is) || !sameItems(field.path(), was, is)) {
                return true;
            }
            FactField.Reading reading = field.read(form, blankClears);
            if (reading.error() != null || reading.value() == null) {
                continue;
            }
            Optional<Object> before = value(field.path().read(was));
            Optional<Object> after = value(field.path().read(is));
            if (!before.equals(after) && !value(Optional.of(reading.value())).equals(after)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern LIST_STEP = java.util.regex.Pattern.compile("([a-zA-Z]+)\\[(\\d+)]");

    /**
     * Whether a path means the same thing in both versions: nothing was taken away from the lists it
     * passes through (people, jobs, incomes), and the person at its place is the same person. Someone
     * taken away in between moves everyone after them up one place, and an answer about the third
     * person would otherwise land on whoever is third now. Something added goes at the end, and moves
     * nobody.
     */
    private static boolean sameItems(FactPath path, JsonNode was, JsonNode is) {
        JsonNode before = was;
        JsonNode after = is;
        java.util.regex.Matcher step = LIST_STEP.matcher(path.toString());
        while (step.find()) {
            JsonNode listBefore = before.path(step.group(1));
            JsonNode listAfter = after.path(step.group(1));
            if (listAfter.size() < listBefore.size()) {
                return false;
            }
            before = listBefore.path(Integer.parseInt(step.group(2)));
            after = listAfter.path(Integer.parseInt(step.group(2)));
            if (!before.path("id").equals(after.path("id"))) {
                return false;
            }
        }
        return true;
    }

    /** A value to compare: nothing for a value not given. */
    private static Optional<Object> value(Optional<JsonNode> node) {
        return node.filter(n -> !n.isNull()).map(HouseholdEdit::comparable);
    }

    /** @return empty if someone saved after {@code current}, and nothing was written */
    private Optional<Outcome> write(HouseholdReference reference, StoredHousehold current, List<FactField> fields,
                                    Map<String, String> form, boolean blankClears, String by) {
        List<FieldError> errors = new ArrayList<>();
        Map<FactField, JsonNode> answers = new LinkedHashMap<>();
        JsonNode before = tree(current.household());
        for (FactField field : fields) {
            if (!field.path().existsIn(before)) {
                errors.add(new FieldError(field.firstInput(), "That person, job or income is not in the record"));
                continue;
            }
            FactField.Reading reading = field.read(form, blankClears);
            if (reading.error() != null) {
                errors.add(reading.error());
            } else if (reading.value() != null) {
                answers.put(field, reading.value());
            }
        }
        if (!errors.isEmpty()) {
            return Optional.of(new Invalid(errors));
        }
        if (answers.isEmpty()) {
            return Optional.of(new Invalid(List.of(new FieldError(fields.get(0).firstInput(), "Answer at least one question"))));
        }
        // a value kept as it was is not questioned again, and a form that changes nothing writes nothing
        Map<FactField, JsonNode> changes = new LinkedHashMap<>();
        answers.forEach((field, value) -> {
            if (!value(field.path().read(before)).equals(value(Optional.of(value)))) {
                changes.put(field, value);
            }
        });
        if (changes.isEmpty()) {
            return Optional.of(new Saved(current, false));
        }
        ObjectNode tree = (ObjectNode) before;
        answers.forEach((field, value) -> field.path().write(tree, value));
        Household changed;
        try {
            changed = json.treeToValue(tree, Household.class);
        } catch (JsonProcessingException e) {
            return Optional.of(new Invalid(List.of(new FieldError(fields.get(0).firstInput(),
                    "These answers do not fit the record together"))));
        }
        List<FieldError> violations = violations(changed, fields);
        if (!violations.isEmpty()) {
            return Optional.of(new Invalid(violations));
        }
        Optional<Unlikely> unlikely = unlikely(tree, changes, form);
        if (unlikely.isPresent()) {
            return Optional.of(unlikely.get());
        }
        Optional<StoredHousehold> saved = households.updateIfStill(reference, current.version(), changed, by);
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        assessments.assessAndStore(reference, null);
        return Optional.of(new Saved(saved.get(), true));
    }

    /** 500 and 500.00 are the same amount. */
    private static Object comparable(JsonNode node) {
        return node.isNumber() ? node.decimalValue().stripTrailingZeros() : node;
    }

    /**
     * The answers that changed a value to one rarely right, unless the form says the adviser checked
     * that very value: a different value typed after the question is asked again.
     */
    private static Optional<Unlikely> unlikely(JsonNode after, Map<FactField, JsonNode> changes, Map<String, String> form) {
        Map<FactPath, FactField> answered = new LinkedHashMap<>();
        changes.keySet().forEach(f -> answered.put(f.path(), f));
        java.util.Set<String> asked = new java.util.HashSet<>();
        List<Plausibility.Doubt> doubts = Plausibility.of(after, answered.keySet()).stream()
                .filter(d -> !checked(changes.get(answered.get(d.path())), form.get(sureField(d.path()))))
                // the rent and how often it is paid, both changed, are one question
                .filter(d -> asked.add(d.question())).toList();
        if (doubts.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> sure = new LinkedHashMap<>();
        doubts.forEach(d -> sure.put(sureField(d.path()), changes.get(answered.get(d.path())).asText()));
        return Optional.of(new Unlikely(doubts, sure));
    }

    /** Whether the value the adviser said is right is this one: 9999 and 9999.00 are one amount. */
    static boolean checked(JsonNode value, @Nullable String sure) {
        if (sure == null || !value.isNumber()) {
            return value.asText().equals(sure);
        }
        try {
            return value.decimalValue().compareTo(new java.math.BigDecimal(sure.strip())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String sureField(FactPath path) {
        return "sure-" + path.fieldName();
    }

    /**
     * A change to the shape of the record: a person, job, income or savings added or taken away. It
     * changes the latest version, whatever the adviser saw, since adding or removing one thing
     * undoes nobody else's change; a save that races another is made again onto the other's.
     *
     * @param basedOn the version the change must be made to, for a change that means something else on
     *                another (taking away the third person); null for one that goes onto any (adding one)
     * @param change makes the change on the record's tree and reads the form into it; returns the errors in
     *               what was typed, if any, and nothing is saved
     * @param fields the form's fields, to put the record's own checks beside
     */
    Outcome apply(HouseholdReference reference, @Nullable Long basedOn, Function<ObjectNode, List<FieldError>> change,
                  List<FactField> fields, String by) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            StoredHousehold current = households.get(reference);
            if (basedOn != null && current.version() != basedOn) {
                return new Changed(current, null);
            }
            ObjectNode tree = (ObjectNode) tree(current.household());
            List<FieldError> errors = change.apply(tree);
            if (!errors.isEmpty()) {
                return new Invalid(errors);
            }
            Optional<Household> changed = household(tree, fields);
            if (changed.isEmpty()) {
                return new Invalid(List.of(new FieldError(fields.isEmpty() ? "" : fields.get(0).firstInput(),
                        "These answers do not fit the record together")));
            }
            List<FieldError> violations = violations(changed.get(), fields);
            if (!violations.isEmpty()) {
                return new Invalid(violations);
            }
            Optional<StoredHousehold> saved = households.updateIfStill(reference, current.version(), changed.get(), by);
            if (saved.isPresent()) {
                assessments.assessAndStore(reference, null);
                return new Saved(saved.get(), true);
            }
        }
        return new Changed(households.get(reference), null);
    }

    /**
     * A new household, read from a form onto a tree (HouseholdEdit.read): the person it is about and,
     * if given, their home.
     *
     * @param fields the form's fields, to put the record's own checks beside
     * @param submission the form's showing: sent again, it makes nothing more
     */
    Outcome create(ObjectNode tree, List<FactField> fields, String by, @Nullable java.util.UUID submission) {
        Optional<StoredHousehold> made = submission == null ? Optional.empty() : households.madeBy(submission);
        if (made.isPresent()) {
            // the form sent again: the household it made the first time
            return new Saved(made.get(), false);
        }
        Optional<Household> household = household(tree, fields);
        if (household.isEmpty()) {
            return new Invalid(List.of(new FieldError(fields.get(0).firstInput(), "These answers do not fit the record together")));
        }
        List<FieldError> violations = violations(household.get(), fields);
        if (!violations.isEmpty()) {
            return new Invalid(violations);
        }
        StoredHousehold created;
        try {
            created = households.create(household.get(), by, submission);
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            // sent twice at the same instant: the other made it (the submission is unique)
            Optional<StoredHousehold> other = submission == null ? Optional.empty() : households.madeBy(submission);
            if (other.isEmpty()) {
                throw e;
            }
            return new Saved(other.get(), false);
        }
        assessments.assessAndStore(HouseholdReference.of(created.reference()), null);
        return new Saved(created, true);
    }

    /** Reads each field from the form onto the tree, where its path says; a blank optional field is left out. */
    static List<FieldError> read(ObjectNode tree, List<FactField> fields, Map<String, String> form) {
        List<FieldError> errors = new ArrayList<>();
        for (FactField field : fields) {
            FactField.Reading reading = field.read(form, true);
            if (reading.error() != null) {
                errors.add(reading.error());
            } else if (reading.value() != null && !reading.value().isNull()) {
                field.path().write(tree, reading.value());
            }
        }
        return errors;
    }

    private Optional<Household> household(ObjectNode tree, List<FactField> fields) {
        try {
            return Optional.of(json.treeToValue(tree, Household.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The record's own checks, each put beside the answer it is about, or the first one when it is about several. */
    private List<FieldError> violations(Household household, List<FactField> fields) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Household> violation : validator.validate(household)) {
            String path = org.triagegateway.web.ConstraintViolationHandler.field(violation);
            boolean childAge = violation.getConstraintDescriptor().getAnnotation() instanceof ChildAge;
            Optional<FactField> about = fields.stream().filter(f -> f.path().toString().equals(path)).findFirst();
            // a child's age is about their date of birth; otherwise the first answer about that person or thing
            Optional<FactField> within = fields.stream().filter(f -> f.path().toString().startsWith(path + "."))
                    .filter(f -> !childAge || f.path().name().equals("dateOfBirth")).findFirst();
            Optional<FactField> field = about.or(() -> within).or(() -> fields.stream().findFirst());
            // the API's words name its codes (CHILD, OTHER_ADULT); the pages say it plainly
            String message = childAge ? "a child must be under 20: add an older son or daughter living at home as another adult"
                    : violation.getConstraintDescriptor().getAnnotation() instanceof ConsistentHousehold
                    ? "someone else changed who is in the household at the same moment: go back to the household and try again"
                    : violation.getMessage();
            errors.add(new FieldError(field.map(FactField::firstInput).orElse(""),
                    about.isPresent() ? FactLabels.label(about.get().path()) + " " + message
                            : Character.toUpperCase(message.charAt(0)) + message.substring(1)));
        }
        return errors;
    }
}
