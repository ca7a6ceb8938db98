package org.triagegateway.sharing;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

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
        // a blank code would match the rows that name no council: never a recipient
        if ((agency == Agency.COUNCIL) != (council != null) || council != null && council.isBlank()) {
            throw new IllegalArgumentException("A council, and only a council, is named by its code: " + agency + " " + council);
        }
    }

    /**
     * Who a share or consent row is for; empty for one to the council from before each council was its
     * own agency, whose council is not known.
     */
    static Optional<Recipient> of(Agency agency, @Nullable String council) {
        return agency == Agency.COUNCIL && council == null ? Optional.empty() : Optional.of(new Recipient(agency, council));
    }

    public static Recipient council(String code) {
        return new Recipient(Agency.COUNCIL, code);
    }

    /** As the queries match it, with the agency: the council's code, or "" for Jobcentre Plus (whose rows have none). */
    String councilKey() {
        return council == null ? "" : council;
    }
}
