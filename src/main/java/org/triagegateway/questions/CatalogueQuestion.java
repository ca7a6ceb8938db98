package org.triagegateway.questions;

import io.micronaut.core.annotation.Nullable;
import org.triagegateway.household.Person;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One question of the catalogue: the fact it settles, the kind of answer, whom it may be asked
 * about, and how the kiosk treats it. Its words are under {@link #key()} in {@code i18n/questions*.properties}.
 *
 * @param fact    the fact's path with [] for a position in a list: {@code people[].pregnant}
 * @param options for CHOICE: the record's values to choose from
 * @param min     for NUMBER and WHOLE: the smallest value
 * @param max     for NUMBER and WHOLE: the largest value
 * @param people  the roles of the people it may be asked about; empty for a fact about the home
 * @param why     for a question left to an adviser: why the kiosk does not ask it
 */
public record CatalogueQuestion(String fact, Answer answer, @Nullable List<String> options, @Nullable BigDecimal min,
                                @Nullable BigDecimal max, @Nullable Set<Person.Role> people, Kiosk kiosk, @Nullable String why) {

    public enum Answer { YES_NO, CHOICE, MONEY, NUMBER, WHOLE, DATE, TEXT }

    /** CORE: the kiosk's fixed questions ask it. ASKS: the kiosk asks it when the rules still need it. ADVISER: left to an adviser. */
    public enum Kiosk { CORE, ASKS, ADVISER }

    public CatalogueQuestion {
        options = options == null ? List.of() : List.copyOf(options);
        people = people == null ? Set.of() : Set.copyOf(people);
    }

    /** Where its words start: {@code fact.people.pregnant}. */
    public String key() {
        return "fact." + fact.replace("[]", "");
    }

    /** Where the words for asking about this person start: {@code fact.people.pregnant.partner}; for the home, {@link #key()}. */
    public String key(@Nullable Person.Role about) {
        return about == null ? key() : key() + "." + who(about);
    }

    /** Whether it may be asked about a person with this role, or about the home (null). */
    public boolean about(@Nullable Person.Role role) {
        return role == null ? people.isEmpty() : people.contains(role);
    }

    /** The person as the words name them: "you" for the person answering, then their partner, a child, another adult. */
    public static String who(Person.Role role) {
        return switch (role) {
            case CLAIMANT -> "you";
            case PARTNER -> "partner";
            case CHILD -> "child";
            case OTHER_ADULT -> "adult";
        };
    }

    /** The fact's path as the catalogue writes it: every list position as []. */
    public static String pattern(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }
}
