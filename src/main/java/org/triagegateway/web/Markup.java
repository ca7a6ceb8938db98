package org.triagegateway.web;

/** Text put into HTML or SVG built by hand (the better-off chart and figure, the reference's QR code). */
public final class Markup {

    private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private Markup() {
    }

    /** Safe as element text and inside a double-quoted attribute, in HTML and in XML alike. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Text kept left to right inside right-to-left text. An amount needs it in Urdu: after Arabic
     * letters its digits count as Arabic numbers, which the pound sign does not join, so "£12.71"
     * would show as "12.71£".
     */
    public static String leftToRight(String text) {
        return LEFT_TO_RIGHT_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
    }
}
