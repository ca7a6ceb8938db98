package org.triagegateway.web;

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

    @ResponseFilter
    void privateAndUnframed(MutableHttpResponse<?> response) {
        response.header("Cache-Control", "no-store, max-age=0")
                .header("Referrer-Policy", "same-origin")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }
}
