package org.triagegateway.household;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fact in a household record, named as the rules name it when they ask for it
 * ("people[1].disability.terminallyIll", "housing.rent"), with what kind of value it holds. A
 * path only exists if the record's types have it, so a path from a form cannot reach anything else.
 */
public final class FactPath {

    private static final Pattern SEGMENT = Pattern.compile("([a-zA-Z][a-zA-Z0-9]{0,39})(?:\\[(\\d{1,2})])?");
    /** Who a person is and which list they are in are not facts to change one by one. */
    private static final List<String> FIXED = List.of("id", "role");

    private final List<Step> steps;

    private record Step(RecordComponent component, Integer index) {

        Class<?> valueType() {
            return index == null ? component.getType() : elementType(component);
        }

        @Override
        public String toString() {
            return component.getName() + (index == null ? "" : "[" + index + "]");
        }
    }

    private FactPath(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The path, if the household record's types have it: a value, or a record such as housing. */
    public static Optional<FactPath> parse(String path) {
        if (path == null || path.length() > 120) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        Class<?> type = Household.class;
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!type.isRecord() || !m.matches()) {
                return Optional.empty();
            }
            Optional<RecordComponent> component = component(type, m.group(1));
            if (component.isEmpty() || (m.group(2) != null) != (component.get().getType() == List.class)) {
                return Optional.empty();
            }
            Step step = new Step(component.get(), m.group(2) == null ? null : Integer.valueOf(m.group(2)));
            steps.add(step);
            type = step.valueType();
        }
        return type == List.class ? Optional.empty() : Optional.of(new FactPath(steps));
    }

    /**
     * Whether a path without list indices ("people.earnings", "housing.council") names something in
     * the household record: a value, a record or a list.
     */
    public static boolean names(String dotted) {
        Class<?> type = Household.class;
        for (String name : dotted.split("\\.", -1)) {
            Optional<RecordComponent> component = type.isRecord() ? component(type, name) : Optional.empty();
            if (component.isEmpty()) {
                return false;
            }
            type = component.get().getType() == List.class ? elementType(component.get()) : component.get().getType();
        }
        return true;
    }

    /** The path again from its form field name ("people-1-disability-terminallyIll"). */
    public static Optional<FactPath> ofFieldName(String name) {
        return name == null ? Optional.empty() : parse(name.replaceAll("-(\\d{1,2})(?=-|$)", "[$1]").replace('-', '.'));
    }

    /** Every single value this household has room for: each person's, each job's, the home's, and so on. */
    public static List<FactPath> valuesOf(JsonNode tree) {
        List<FactPath> found = new ArrayList<>();
        collect(Household.class, tree, new ArrayList<>(), found);
        return found;
    }

    /** For a record such as housing: the values it cannot be without (its tenure); for a value, itself. */
    public List<FactPath> requiredValues() {
        if (!type().isRecord()) {
            return List.of(this);
        }
        List<FactPath> required = new ArrayList<>();
        for (RecordComponent c : type().getRecordComponents()) {
            if (c.getAccessor().isAnnotationPresent(NotNull.class) && c.getType() != List.class) {
                required.addAll(child(c, null).requiredValues());
            }
        }
        return required;
    }

    private static void collect(Class<?> type, JsonNode node, List<Step> at, List<FactPath> found) {
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode value = node == null ? null : node.get(c.getName());
            if (c.getType() == List.class) {
                Class<?> element = elementType(c);
                for (int i = 0; value != null && element.isRecord() && i < value.size(); i++) {
                    at.add(new Step(c, i));
                    collect(element, value.get(i), at, found);
                    at.remove(at.size() - 1);
                }
            } else if (c.getType().isRecord()) {
                at.add(new Step(c, null));
                collect(c.getType(), value, at, found);
                at.remove(at.size() - 1);
            } else if (!(type == Person.class && FIXED.contains(c.getName()))) {
                List<Step> steps = new ArrayList<>(at);
                steps.add(new Step(c, null));
                found.add(new FactPath(steps));
            }
        }
    }

    private FactPath child(RecordComponent component, Integer index) {
        List<Step> more = new ArrayList<>(steps);
        more.add(new Step(component, index));
        return new FactPath(more);
    }

    /** The value here in a household's JSON, or empty when it or anything on the way is not given. */
    public Optional<JsonNode> read(JsonNode household) {
        JsonNode node = household;
        for (Step step : steps) {
            node = node.get(step.component().getName());
            if (node != null && step.index() != null) {
                node = node.get(step.index());
            }
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /** Whether the list items on the way (the second person, their first job) are in this household. */
    public boolean existsIn(JsonNode household) {
        JsonNode node = household;
        for (Step step : steps) {
            if (node == null || node.isNull()) {
                return true;
            }
            node = node.get(step.component().getName());
            if (step.index() != null) {
                if (node == null || !node.isArray() || step.index() >= node.size()) {
                    return false;
                }
                node = node.get(step.index());
            }
        }
        return true;
    }

    /**
     * Puts the value here (null takes it away), making a record on the way that was not given yet,
     * such as a person's disability. Whether the result is a valid household is for the validator.
     */
    public void write(ObjectNode household, JsonNode value) {
        if (!existsIn(household)) {
            throw new IllegalArgumentException(this + " is not in this household");
        }
        ObjectNode node = household;
        for (int i = 0; i < steps.size() - 1; i++) {
            Step step = steps.get(i);
            String name = step.component().getName();
            if (step.index() != null) {
                node = (ObjectNode) ((ArrayNode) node.get(name)).get(step.index());
            } else {
                JsonNode next = node.get(name);
                node = next instanceof ObjectNode object ? object : node.putObject(name);
            }
        }
        node.set(steps.get(steps.size() - 1).component().getName(), value);
    }

    /** Whether this is a whole person: "people[1]". */
    public boolean isPerson() {
        return steps.size() == 1 && steps.get(0).component().getName().equals("people") && steps.get(0).index() != null;
    }

    /** Takes the item this path names ("people[1]", "people[0].earnings[2]") out of its list. */
    public void removeFrom(ObjectNode household) {
        Step last = steps.get(steps.size() - 1);
        if (last.index() == null || !existsIn(household)) {
            throw new IllegalArgumentException(this + " is not an item in this household");
        }
        JsonNode node = household;
        for (Step step : steps.subList(0, steps.size() - 1)) {
            node = node.get(step.component().getName());
            node = step.index() == null ? node : node.get(step.index());
        }
        ((ArrayNode) node.get(last.component().getName())).remove(last.index().intValue());
    }

    /** Whether a person may change it: not a person's id or role, which say who they are in the household. */
    public boolean editable() {
        return !(owner() == Person.class && FIXED.contains(name()));
    }

    /** The type of the value: Boolean, an enum, LocalDate, BigDecimal, Integer, String, or a record. */
    public Class<?> type() {
        return steps.get(steps.size() - 1).valueType();
    }

    /** The record this value belongs to, such as Person or Housing. */
    public Class<?> owner() {
        return steps.get(steps.size() - 1).component().getDeclaringRecord();
    }

    public String name() {
        return steps.get(steps.size() - 1).component().getName();
    }

    public boolean money() {
        return steps.get(steps.size() - 1).component().isAnnotationPresent(Money.class);
    }

    public boolean required() {
        return steps.get(steps.size() - 1).component().getAccessor().isAnnotationPresent(NotNull.class);
    }

    /** What the API's schema says about this value, if anything. */
    public Optional<String> description() {
        Schema schema = steps.get(steps.size() - 1).component().getAccessor().getAnnotation(Schema.class);
        return schema == null || schema.description().isEmpty() ? Optional.empty() : Optional.of(schema.description());
    }

    /** The person this value is about, by their place in the household, or -1 for the home, capital and childcare. */
    public int personIndex() {
        return steps.get(0).component().getName().equals("people") ? steps.get(0).index() : -1;
    }

    /** The person this value is about in this household, if it is about a person who is in it. */
    public Optional<Person> person(Household household) {
        int index = personIndex();
        return index >= 0 && index < household.people().size() ? Optional.of(household.people().get(index)) : Optional.empty();
    }

    /**
     * The item of a list this value belongs to, innermost first: a job for a job's pay
     * ("people[0].earnings[1]"), the person for their date of birth, the savings for their amount;
     * empty for the home or childcare.
     */
    public Optional<FactPath> item() {
        for (int last = steps.size() - 1; last >= 0; last--) {
            if (steps.get(last).index() != null) {
                return Optional.of(new FactPath(steps.subList(0, last + 1)));
            }
        }
        return Optional.empty();
    }

    /** A name for a form field and its id: letters, digits and hyphens only. */
    public String fieldName() {
        return toString().replaceAll("\\[(\\d+)]", "-$1").replace('.', '-');
    }

    @Override
    public String toString() {
        return String.join(".", steps.stream().map(Step::toString).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactPath path && path.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    private static Optional<RecordComponent> component(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Class<?> elementType(RecordComponent component) {
        return (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
    }
}
