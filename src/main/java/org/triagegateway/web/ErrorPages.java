package org.triagegateway.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Error pages for people in a browser, after the GOV.UK patterns
 * (https://design-system.service.gov.uk/patterns/page-not-found-pages/): what went wrong in plain
 * words and where to go next, never a stack trace. The API still answers with problem details.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
final class ErrorPages implements HtmlErrorResponseBodyProvider {

    private final ThymeleafViewsRenderer<ErrorPage> views;

    ErrorPages(ThymeleafViewsRenderer<ErrorPage> views) {
        this.views = views;
    }

    /**
     * @param detail what our own code said went wrong (always our words), or null
     * @param home where to go next, and what that link says
     */
    @Introspected
    public record ErrorPage(int status, String title, String detail, String home, String homeText) {
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String ours = context.getErrors().stream().flatMap(e -> e.getTitle().stream()).findFirst().orElse(null);
        String detail = ours == null ? null : context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
        boolean staff = context.getRequest().getPath().startsWith("/staff");
        boolean kiosk = context.getRequest().getPath().startsWith("/kiosk");
        ErrorPage page = new ErrorPage(status.getCode(), ours != null ? ours : title(status), detail != null ? detail : advice(status),
                staff ? "/staff" : kiosk ? "/kiosk" : "/", staff ? "Go to the staff home page" : "Go to the start");
        StringWriter html = new StringWriter();
        try {
            views.render("error", page, context.getRequest()).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case FORBIDDEN -> "You cannot do this";
            case INTERNAL_SERVER_ERROR -> "Sorry, there is a problem with the service";
            case SERVICE_UNAVAILABLE -> "Sorry, the service is unavailable";
            case REQUEST_ENTITY_TOO_LARGE -> "The file is too big";
            default -> "Sorry, that did not work";
        };
    }

    private static String advice(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "If you typed the web address, check it is correct. If you pasted the web address, check you "
                    + "copied the entire address.";
            case FORBIDDEN -> "Your role does not allow this. Ask an administrator if you think it should.";
            case REQUEST_ENTITY_TOO_LARGE -> "Files must be smaller than 10 MB.";
            default -> "Nothing was changed. Try again later.";
        };
    }
}
