package org.triagegateway.rules;

/** One benefit in {@code rules/benefits.yaml}: what it is, who pays it, and whether the rules assess it yet. */
public record Benefit(String id, String name, String legislation, String agency, String period, boolean assessed) {
}
