package org.triagegateway.kiosk;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Urdu pages' typeface, Noto Nastaliq Urdu, served by the kiosk itself (never a font service
 * elsewhere: a kiosk page tells no other site who is using it). Vendored from its package with its
 * licence: {@code fonts/noto-nastaliq-urdu/README.md}. The version is in the path, so browsers may
 * keep it for a year.
 */
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller(KioskFont.PATH)
class KioskFont {

    static final String VERSION = "5.3.0";
    static final String PATH = "/kiosk-assets/fonts/noto-nastaliq-urdu-" + VERSION;
    static final String FILE = "noto-nastaliq-urdu-arabic-wght-normal.woff2";
    private static final String CACHE = "public, max-age=31536000, immutable";

    private final byte[] woff2;

    KioskFont() {
        try (InputStream in = KioskFont.class.getClassLoader().getResourceAsStream("fonts/noto-nastaliq-urdu/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("The Urdu font is not on the class path: fonts/noto-nastaliq-urdu/" + FILE);
            }
            woff2 = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/" + FILE)
    @Produces("font/woff2")
    HttpResponse<byte[]> woff2() {
        return HttpResponse.ok(woff2).header("Cache-Control", CACHE);
    }
}
