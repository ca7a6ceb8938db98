package org.triagegateway.sharing;

/** What an agency may use shared information for, as the consent statement puts it to the claimant. */
public enum Purpose {
    DECIDE_CLAIMS("Deciding claims", "the household's details and assessment results that the agency needs to decide "
            + "the benefits it pays, so you are not asked again"),
    EVIDENCE("Seeing evidence", "the documents you have given us as evidence for those benefits, such as payslips and "
            + "your tenancy agreement");

    private final String label;
    private final String covers;

    Purpose(String label, String covers) {
        this.label = label;
        this.covers = covers;
    }

    public String label() {
        return label;
    }

    /** What the consent covers, in the words read to the claimant. */
    public String covers() {
        return covers;
    }
}
