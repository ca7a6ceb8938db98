package org.triagegateway.security;

/**
 * What a member of staff does, and so what they may see. Each account has one. The names are
 * the strings {@code @Secured} takes, as constants in {@link Roles}.
 */
public enum Role {
    ADVISER("Adviser"),
    VISITING_OFFICER("Visiting officer"),
    COUNCIL_OFFICER("Council benefits officer"),
    JOBCENTRE_OFFICER("Jobcentre Plus officer"),
    COMPLIANCE_OFFICER("Compliance officer"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
