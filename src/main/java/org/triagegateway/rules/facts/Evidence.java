package org.triagegateway.rules.facts;

/** Something the claimant should bring to prove their circumstances. */
public record Evidence(String benefit, String text) {
}
