package org.triagegateway.rules.facts;

/** An element the Universal Credit award includes ("child element", "disabled child addition", ...). */
public record UniversalCreditElement(String name) {
}
