package org.triagegateway.web;

/** Text put into HTML or SVG built by hand (the better-off chart and figure, the reference's QR code). */
public final class Markup {

    private Markup() {
    }

    /** Safe as element text and inside a double-quoted attribute, in HTML and in XML alike. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
