package org.triagegateway.sharing;

/**
 * A legal gateway that allows sharing a claimant's information with an agency, from
 * {@code rules/sharing.yaml}.
 *
 * @param cites the Act and regulations, as a person would cite them
 * @param permits what it allows, in a sentence
 * @param source where it was read (legislation.gov.uk)
 * @param checked whether its wording was checked at the source
 */
public record LawfulBasis(String id, Agency agency, String cites, String permits, String source, boolean checked) {
}
