package org.triagegateway.location;

import java.util.List;

/**
 * An English local authority that runs Housing Benefit and Council Tax Reduction.
 *
 * @param code the ONS code (E06000032 for Luton)
 * @param name the name ONS gives it, which is also what the household record keeps
 * @param alsoKnownAs names people write: the full title on the bill, former names, abbreviations
 * @param pilot every postcode district of the council is in the reference data (the pilot councils)
 */
public record Council(String code, String name, List<String> alsoKnownAs, boolean pilot) {
}
