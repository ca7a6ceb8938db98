package org.triagegateway.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

/**
 * A file sent to be saved, never shown inline: the browser does not render inside our pages what
 * a claimant or an agency sent.
 */
public final class Attachment {

    private Attachment() {
    }

    /** @param safeName a name already made safe for the header, such as by {@link #plainName} */
    public static MutableHttpResponse<byte[]> of(byte[] content, String mediaType, String safeName) {
        return HttpResponse.ok(content).contentType(mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"")
                .header("X-Content-Type-Options", "nosniff");
    }

    /** The name in letters, digits, spaces, dots, hyphens and underscores only. */
    public static String plainName(String name) {
        return name.replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
