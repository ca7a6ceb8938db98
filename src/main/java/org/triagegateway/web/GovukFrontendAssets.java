package org.triagegateway.web;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GOV.UK Frontend's stylesheet and script, from its WebJar. The stylesheet is served without the
 * GDS Transport typeface, which is for GOV.UK only: Arial, as GOV.UK Frontend suggests for services
 * elsewhere. The version is in the path, so browsers may keep these for a year.
 */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/assets/govuk-frontend-" + GovukFrontendAssets.VERSION)
class GovukFrontendAssets {

    static final String VERSION = "5.14.0";
    private static final String DIST = "META-INF/resources/webjars/govuk-frontend/" + VERSION + "/dist/govuk/";
    private static final String CACHE = "public, max-age=31536000, immutable";

    private final String css;
    private final String js;

    GovukFrontendAssets() {
        css = withoutGovukTypeface(read("govuk-frontend.min.css"));
        js = read("govuk-frontend.min.js");
    }

    static String withoutGovukTypeface(String css) {
        return css.replaceAll("@font-face\\{font-family:GDS Transport;[^}]*}", "")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif");
    }

    @Get("/govuk-frontend.css")
    @Produces("text/css")
    HttpResponse<String> css() {
        return HttpResponse.ok(css).header("Cache-Control", CACHE);
    }

    @Get("/govuk-frontend.min.js")
    @Produces("text/javascript")
    HttpResponse<String> js() {
        return HttpResponse.ok(js).header("Cache-Control", CACHE);
    }

    private static String read(String file) {
        try (InputStream in = GovukFrontendAssets.class.getClassLoader().getResourceAsStream(DIST + file)) {
            if (in == null) {
                throw new IllegalStateException("GOV.UK Frontend " + VERSION + " is not on the class path: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
