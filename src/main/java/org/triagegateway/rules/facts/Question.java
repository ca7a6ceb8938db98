package org.triagegateway.rules.facts;

/** A fact the law needs that the household record does not hold yet. */
public record Question(String benefit, String fact, String text) {
}
