package org.triagegateway.questions;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import org.triagegateway.household.FactLabels;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Household;
import org.triagegateway.household.Person;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The catalogue's questions as staff pages put them: precise, in English, naming the person. */
@Singleton
public class StaffQuestions {

    private final QuestionCatalogue catalogue;
    private final MessageSource messages;

    StaffQuestions(QuestionCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** "Is Amira pregnant (10 weeks or more)?"; empty for a fact the catalogue does not have. */
    public Optional<String> question(FactPath path, Household household) {
        String person = path.person(household).map(p -> name(household, path.personIndex())).orElse("");
        MessageSource.MessageContext context = MessageSource.MessageContext.of(Locale.ENGLISH, Map.of("0", person));
        return catalogue.find(path.toString())
                .flatMap(question -> messages.getMessage(question.key() + ".staff", context))
                .map(words -> messages.interpolate(words, context));
    }

    /** A person by their name, or as "the claimant", "child 2" where the record has no name. */
    private static String name(Household household, int index) {
        Person person = household.people().get(index);
        if (person.name() != null && !person.name().isBlank()) {
            return person.name();
        }
        String label = FactLabels.person(household, index).toLowerCase(Locale.ENGLISH);
        // "child 2" among several; "the child", "the claimant", "the partner" where there is one
        return label.matches(".* \\d+") ? label : "the " + label;
    }
}
