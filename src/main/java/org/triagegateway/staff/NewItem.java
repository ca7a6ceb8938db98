package org.triagegateway.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import org.triagegateway.household.FactLabels;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Household;
import org.triagegateway.household.Person;
import org.triagegateway.staff.StaffPages.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person, job, other income or savings to add to a household, and the questions asked to add it:
 * only what recording it needs; the rules ask the rest when they need it.
 *
 * @param list the list as the address names it: "people", "people-0-earnings", "capital"
 * @param kind the list's own name: "people", "earnings", "otherIncome" or "capital"
 * @param person for a job or income, whose: their id, as the page showed them; otherwise null
 * @param fields the questions, as fields of the item at the end of the list as the page showed it
 */
record NewItem(String list, String kind, @Nullable String person, List<FactField> fields) {

    /** The owner choice for savings that are the claimant's, or the couple's together: no owner id. */
    static final String JOINT = "joint";

    /** More than any list of the record may hold. */
    private static final int MOST_ITEMS = 50;
    private static final Pattern PERSON_LIST = Pattern.compile("people-(\\d{1,2})-(earnings|otherIncome)");
    private static final Map<String, List<String>> ASKED = Map.of(
            "people", List.of("name", "dateOfBirth"),
            "earnings", List.of("kind", "frequency", "gross", "takeHome", "pensionContributions", "hoursPerWeek"),
            "otherIncome", List.of("type", "frequency", "amount"),
            "capital", List.of("type", "amount"));

    /** The item as a page about to be shown asks for it: at the end of its list as it is now. */
    static Optional<NewItem> of(String list, Household household) {
        return of(list, household, null, null);
    }

    /**
     * The item a page asked for, as it was shown: its fields were named for the place at the end of the
     * list then, and a job or income was for the person with that id then. Someone else may have added or
     * taken something away since; it is still read from the form as it was shown.
     *
     * @param index the item's place as the form named it, or null for the end of the list now
     * @param personId the person the form was for, or null to take whoever is at that place now
     */
    static Optional<NewItem> of(String list, Household household, @Nullable Integer index, @Nullable String personId) {
        if (index != null && (index < 0 || index > MOST_ITEMS)) {
            return Optional.empty();
        }
        if (list.equals("people") || list.equals("capital")) {
            int size = list.equals("people") ? household.people().size() : household.capital().size();
            return Optional.of(new NewItem(list, list, null, fields(list + "[" + (index == null ? size : index) + "]", list)));
        }
        Matcher m = PERSON_LIST.matcher(list);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= household.people().size()) {
            return Optional.empty();
        }
        int place = Integer.parseInt(m.group(1));
        Person who = household.people().get(place);
        if (personId != null && !personId.equals(who.id())) {
            return Optional.empty();
        }
        List<?> items = m.group(2).equals("earnings") ? who.earnings() : who.otherIncome();
        int size = items == null ? 0 : items.size();
        return Optional.of(new NewItem(list, m.group(2), who.id(),
                fields("people[" + place + "]." + m.group(2) + "[" + (index == null ? size : index) + "]", m.group(2))));
    }

    /** The item's place, as its fields are named: "people[0].earnings[2]" is 2. */
    int index() {
        String item = fields.get(0).path().item().orElseThrow().toString();
        return Integer.parseInt(item.substring(item.lastIndexOf('[') + 1, item.length() - 1));
    }

    private static List<FactField> fields(String item, String kind) {
        return ASKED.get(kind).stream().map(name -> CaseController.field(item + "." + name)).toList();
    }

    /** Who can be added: a partner only while there is none, as a household has one at most. */
    static List<Person.Role> rolesToAdd(Household household) {
        boolean partnered = household.people().stream().anyMatch(p -> p.role() == Person.Role.PARTNER);
        return partnered ? List.of(Person.Role.CHILD, Person.Role.OTHER_ADULT)
                : List.of(Person.Role.PARTNER, Person.Role.CHILD, Person.Role.OTHER_ADULT);
    }

    /** The form field names' start for the new item: "people-3". */
    String prefix() {
        String field = fields.get(0).path().fieldName();
        return field.substring(0, field.lastIndexOf('-'));
    }

    String heading(Household household) {
        return switch (kind) {
            case "people" -> "Add a person to the household";
            case "earnings" -> "Add a job for " + FactLabels.person(household, place(household));
            case "otherIncome" -> "Add other income for " + FactLabels.person(household, place(household));
            default -> "Add savings or other capital";
        };
    }

    private int place(Household household) {
        for (int i = 0; i < household.people().size(); i++) {
            if (household.people().get(i).id().equals(person)) {
                return i;
            }
        }
        throw new IllegalStateException("the person is not in this household");
    }

    String button() {
        return switch (kind) {
            case "people" -> "Add this person";
            case "earnings" -> "Add this job";
            case "otherIncome" -> "Add this income";
            default -> "Add these savings";
        };
    }

    /** The new item's values from the form, by name; what was wrong goes into {@code errors}. */
    ObjectNode read(Map<String, String> form, Household household, List<FieldError> errors) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        if (kind.equals("people")) {
            String role = form.getOrDefault(prefix() + "-role", "");
            if (rolesToAdd(household).stream().noneMatch(r -> r.name().equals(role))) {
                errors.add(new FieldError(prefix() + "-role", "Choose who they are in the household"));
            } else {
                values.put("role", role);
            }
        }
        for (FactField field : fields) {
            FactField.Reading reading = field.read(form, true);
            if (reading.error() != null) {
                errors.add(reading.error());
            } else if (reading.value() != null && !reading.value().isNull()) {
                values.set(field.path().name(), reading.value());
            } else if (field.path().name().equals("name")) {
                // a person is added by name: "Child 2" is no way to speak of anyone
                errors.add(new FieldError(field.firstInput(), "Enter their full name"));
            }
        }
        if (kind.equals("capital")) {
            String owner = form.getOrDefault("owner", "");
            Set<String> adults = Set.copyOf(household.people().stream()
                    .filter(p -> p.role() == Person.Role.PARTNER || p.role() == Person.Role.OTHER_ADULT).map(Person::id).toList());
            if (adults.contains(owner)) {
                values.put("ownerId", owner);
            } else if (!owner.equals(JOINT)) {
                errors.add(new FieldError("owner", "Choose whose savings they are"));
            }
        }
        return values;
    }

    /**
     * Adds the item to the end of its list in the record as it is now: someone may have added another
     * since the page was shown. A new person gets an id nobody in the household has.
     */
    List<FieldError> addTo(ObjectNode tree, ObjectNode values) {
        ObjectNode item = values.deepCopy();
        ArrayNode people = (ArrayNode) tree.get("people");
        ArrayNode into;
        if (kind.equals("people")) {
            item.put("id", freshId(people, item.path("role").asText()));
            into = people;
        } else if (kind.equals("capital")) {
            into = tree.has("capital") && tree.get("capital").isArray() ? (ArrayNode) tree.get("capital") : tree.putArray("capital");
        } else {
            ObjectNode who = null;
            for (JsonNode p : people) {
                if (p.path("id").asText().equals(person)) {
                    who = (ObjectNode) p;
                }
            }
            if (who == null) {
                return List.of(new FieldError(fields.get(0).firstInput(), "That person is no longer in the household"));
            }
            JsonNode list = who.get(kind);
            into = list != null && list.isArray() ? (ArrayNode) list : who.putArray(kind);
        }
        into.add(item);
        return List.of();
    }

    /** "partner", "child2", "adult1": by role, the first number free. */
    private static String freshId(ArrayNode people, String role) {
        String stem = switch (Person.Role.valueOf(role)) {
            case PARTNER -> "partner";
            case CHILD -> "child";
            default -> "adult";
        };
        List<String> taken = new ArrayList<>();
        people.forEach(p -> taken.add(p.path("id").asText()));
        for (int n = 1; ; n++) {
            String id = stem.equals("partner") && n == 1 ? stem : stem + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
