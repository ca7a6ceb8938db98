package org.triagegateway.rules;

/** Where a figure or a rule comes from: a GOV.UK page or a provision of legislation. */
public record Reference(String title, String href) {

    @Override
    public String toString() {
        return href == null || href.isBlank() ? title : title + " (" + href + ")";
    }
}
