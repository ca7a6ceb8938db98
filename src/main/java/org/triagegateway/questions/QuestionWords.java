package org.triagegateway.questions;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/**
 * The question catalogue's words, {@code i18n/questions*.properties}, among the messages every page
 * reads: the kiosk's {@code #{fact.people.pregnant.you.title}} and the staff pages' {@code .staff} wording.
 */
@Factory
class QuestionWords {

    @Singleton
    MessageSource questionMessages() {
        return new ResourceBundleMessageSource("i18n.questions");
    }
}
