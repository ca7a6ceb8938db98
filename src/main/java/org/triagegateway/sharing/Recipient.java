package org.triagegateway.sharing;

import io.micronaut.core.annotation.Nullable;

/**
 * Who a share goes to, and so who may see it: Jobcentre Plus, or one council's benefits office. Each
 * English council is its own agency, with its own officers, inbox, exchange key and webhook
 * (ADR 0009); a share to "the council" goes to the council of the household's home.
 *
 * @param council the council's ONS code ("E06000032") for a council; null for Jobcentre Plus
 */
public record Recipient(Agency agency, @Nullable String council) {

    public static final Recipient JOBCENTRE_PLUS = new Recipient(Agency.JOBCENTRE_PLUS, null);

    public Recipient {
        if ((agency == Agency.COUNCIL) != (council != null)) {
            throw new IllegalArgumentException("A council, and only a council, is named by its code: " + agency + " " + council);
        }
    }

    public static Recipient council(String code) {
        return new Recipient(Agency.COUNCIL, code);
    }

    /** As the queries match it: the council's code, or "" for Jobcentre Plus (whose rows have none). */
    String councilKey() {
        return council == null ? "" : council;
    }
}
