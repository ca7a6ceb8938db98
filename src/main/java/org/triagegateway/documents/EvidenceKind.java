package org.triagegateway.documents;

/** What a document is evidence of: the headings under which the results ask the claimant to bring things. */
public enum EvidenceKind {
    IDENTITY("Identity and National Insurance number"),
    EARNINGS("Pay from a job"),
    SELF_EMPLOYMENT("Self-employed income"),
    RENT("Tenancy and rent"),
    COUNCIL_TAX("Council tax"),
    SAVINGS("Savings and capital"),
    CHILDREN("Children"),
    CHILDCARE("Childcare costs"),
    HEALTH("Health and disability"),
    PENSION("Pensions"),
    OTHER("Other");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
