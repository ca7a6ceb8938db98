package org.triagegateway.location;

/**
 * A Broad Rental Market Area: the area a rent officer sets Local Housing Allowance rates for.
 *
 * @param id the name in lower case words joined by underscores, as the rates' files are named (medway_swale)
 * @param name as the Valuation Office Agency spells it (Medway &amp; Swale)
 */
public record RentalArea(String id, String name) {
}
