package org.triagegateway.security;

/** The {@link Role} names as compile-time constants, for {@code @Secured}. */
public final class Roles {

    public static final String ADVISER = "ADVISER";
    public static final String VISITING_OFFICER = "VISITING_OFFICER";
    public static final String COUNCIL_OFFICER = "COUNCIL_OFFICER";
    public static final String JOBCENTRE_OFFICER = "JOBCENTRE_OFFICER";
    public static final String COMPLIANCE_OFFICER = "COMPLIANCE_OFFICER";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private Roles() {
    }
}
