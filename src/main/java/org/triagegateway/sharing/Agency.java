package org.triagegateway.sharing;


import java.util.Locale;

/** The agencies a household's information can be shared with, each deciding its own benefits. */
public enum Agency {
    COUNCIL("the council benefits office", "Housing Benefit, Council Tax Reduction and discretionary help"),
    JOBCENTRE_PLUS("Jobcentre Plus (DWP)", "Universal Credit, New Style JSA and ESA, Carer's Allowance and Pension Credit");

    private final String label;
    private final String decides;

    Agency(String label, String decides) {
        this.label = label;
        this.decides = decides;
    }

    public String label() {
        return label;
    }

    public String decides() {
        return decides;
    }

    /** As in addresses and audit actions: "council", "jobcentre-plus". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
