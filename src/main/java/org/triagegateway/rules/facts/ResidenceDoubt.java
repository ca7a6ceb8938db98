package org.triagegateway.rules.facts;

/**
 * A benefit whose figure is for the whole couple although one partner cannot be included for want of a
 * right to reside (rules/residence.drl): the other claims, perhaps as a single person, which is not
 * worked out. At most "possibly", never "you could get".
 */
public record ResidenceDoubt(String benefit) {
}
