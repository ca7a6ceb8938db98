package org.triagegateway.sharing;

public enum HowGiven {
    IN_PERSON("In person"),
    BY_PHONE("By phone"),
    IN_WRITING("In writing");

    private final String label;

    HowGiven(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
