package org.triagegateway.web;

import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Staff pages and the API carry people's details: nothing is kept in the browser's cache or history
 * (a shared office PC shows nothing after sign-out), no page is framed, no address is sent to other
 * sites. The kiosk sets the same for its own pages.
 */
@ServerFilter({"/staff/**", "/api/**"})
class PersonalDataHeaders {

    /** Set, not added: a download (Attachment) already says nosniff, and a header sent twice is read as a list. */
    @ResponseFilter
    void privateAndUnframed(MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Cache-Control", "no-store, max-age=0");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
    }
}
