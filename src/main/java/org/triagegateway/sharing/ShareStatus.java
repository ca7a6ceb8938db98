package org.triagegateway.sharing;

/** Where a share is, as the adviser and the agency's officers see it. */
public enum ShareStatus {
    SENT("Sent"),
    OPENED("Opened"),
    ACCEPTED("Accepted"),
    MORE_INFORMATION_REQUESTED("More information requested");

    private final String label;

    ShareStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
