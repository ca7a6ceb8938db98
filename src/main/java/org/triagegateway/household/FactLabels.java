package org.triagegateway.household;


import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English names for the household record's values and choices, for staff pages and documents: {@code i18n/household-facts.properties}. */
public final class FactLabels {

    private static final Properties LABELS = load();
    private static final Pattern ITEM = Pattern.compile("(earnings|otherIncome|capital)\\[(\\d+)]");

    private FactLabels() {
    }

    public static String label(FactPath path) {
        return get(path.owner().getSimpleName() + "." + path.name());
    }

    /** The name of a value of a record, such as ("Person", "dateOfBirth"). */
    public static String label(String record, String value) {
        return get(record + "." + value);
    }

    public static String choice(Enum<?> choice) {
        String owner = choice.getDeclaringClass().getName();
        return get(owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.') + "." + choice.name());
    }

    /** Who or what the value is about: "Claimant", "Child 2, job 1", "Home". */
    public static String section(FactPath path, Household household) {
        String where;
        int person = path.personIndex();
        if (person >= 0) {
            where = person < household.people().size() ? person(household, person) : "Person " + (person + 1);
        } else {
            String first = path.toString().split("[.\\[]")[0];
            where = switch (first) {
                case "housing" -> "Home";
                case "childcare" -> "Childcare";
                case "contact" -> "How to reach them";
                default -> "Capital";
            };
        }
        Matcher item = ITEM.matcher(path.toString());
        if (item.find()) {
            int n = Integer.parseInt(item.group(2)) + 1;
            String what = switch (item.group(1)) {
                case "earnings" -> "job ";
                case "otherIncome" -> "other income ";
                default -> "";
            };
            where = what.isEmpty() ? where + " " + n : where + ", " + what + n;
        }
        return where;
    }

    /** "Claimant", "Partner", "Child 2 (Amira)": numbered among people of the same role. */
    public static String person(Household household, int index) {
        List<Person> people = household.people();
        Person person = people.get(index);
        String role = choice(person.role());
        long same = people.stream().filter(p -> p.role() == person.role()).count();
        if (same > 1) {
            role += " " + (people.subList(0, index + 1).stream().filter(p -> p.role() == person.role()).count());
        }
        return person.name() == null || person.name().isBlank() ? role : role + " (" + person.name() + ")";
    }

    private static String get(String key) {
        String label = LABELS.getProperty(key);
        if (label == null) {
            // FactLabelsTest keeps the file complete; a gap still shows something readable
            return key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return label;
    }

    public static boolean has(String key) {
        return LABELS.containsKey(key);
    }

    private static Properties load() {
        Properties labels = new Properties();
        try (InputStream in = FactLabels.class.getResourceAsStream("/i18n/household-facts.properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
