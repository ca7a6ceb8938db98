package org.triagegateway.exchange;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.Recipient;
import org.triagegateway.sharing.Share;
import org.triagegateway.sharing.ShareDocument;
import org.triagegateway.sharing.ShareNotFoundException;
import org.triagegateway.sharing.ShareService;
import org.triagegateway.web.Attachment;
import org.triagegateway.web.Problem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The exchange API: an agency's own system lists the shares sent to it that it has not yet
 * acknowledged, fetches each with its documents, and acknowledges it. It sees only its own
 * agency's shares, never one whose consent was withdrawn; each step is in the audit trail.
 */
@Controller(ExchangeController.PATH)
@Secured(ExchangeAuthentication.ROLE)
@Tag(name = "Exchange", description = "For the council's and Jobcentre Plus's own systems: the shares sent to them.")
@SecurityScheme(name = "agency-key", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The key given to the agency (triage.exchange.<agency>.key)")
@SecurityRequirement(name = "agency-key")
@ApiResponse(responseCode = "401", description = "No key, or not an agency's key")
@ApiResponse(responseCode = "404", description = "No such share for this agency (or consent to it was withdrawn)",
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
class ExchangeController {

    static final String PATH = "/api/v1/exchange";

    private final ShareService shares;
    private final HttpClientAddressResolver addresses;

    ExchangeController(ShareService shares, HttpClientAddressResolver addresses) {
        this.shares = shares;
        this.addresses = addresses;
    }

    /** A share in a list: enough to decide to fetch it. */
    @Schema(description = "A share the agency has not acknowledged yet.")
    record ShareSummary(UUID id, String householdReference, Instant sentAt, String status, String href) {
    }

    /** A share as the agency's system gets it. */
    @Schema(description = "What was shared: the household's values the agency's benefits need, their results, the legal "
            + "gateway, and links to the documents.")
    record SharedHousehold(UUID id, String householdReference, Agency agency, Instant sentAt, String sentBy, String status,
                           @Nullable Instant acknowledgedAt,
                           @Nullable @Schema(description = "For a change of circumstances: the share this one updates; "
                                   + "content.changes says what changed.") UUID updates,
                           ShareService.Content content, List<DocumentLink> documents) {
    }

    record DocumentLink(UUID id, String name, String mediaType, String href) {
    }

    @Get("/shares")
    @Operation(summary = "The shares not yet acknowledged, oldest first (at most 100)")
    List<ShareSummary> pending(Authentication system) {
        return shares.unacknowledged(agency(system)).stream()
                .map(s -> new ShareSummary(s.id(), HouseholdReference.of(s.householdReference()).display(), s.sentAt(),
                        s.status().name(), PATH + "/shares/" + s.id()))
                .toList();
    }

    @Get("/shares/{id}")
    @Operation(summary = "One share: its values, results and documents", description = "Marks it opened for the adviser.")
    SharedHousehold share(HttpRequest<?> request, Authentication system, @PathVariable String id) {
        Share share = shares.open(ShareNotFoundException.id(id), agency(system), actor(request, system)).orElseThrow(ShareNotFoundException::new);
        List<DocumentLink> documents = shares.documents(share).stream()
                .map(d -> new DocumentLink(d.id(), d.name(), d.mediaType(), PATH + "/shares/" + share.id() + "/documents/" + d.id()))
                .toList();
        return new SharedHousehold(share.id(), HouseholdReference.of(share.householdReference()).display(), share.agency(),
                share.sentAt(), share.sentBy(), share.status().name(), share.acknowledgedAt(), share.updates(), shares.content(share),
                documents);
    }

    @Get(value = "/shares/{id}/documents/{document}", produces = {"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "One document of a share, as it was sent")
    HttpResponse<byte[]> document(HttpRequest<?> request, Authentication system, @PathVariable String id,
                                  @PathVariable String document) {
        ShareDocument found = shares.download(ShareNotFoundException.id(id), ShareNotFoundException.id(document), agency(system), actor(request, system))
                .orElseThrow(ShareNotFoundException::new);
        return Attachment.of(found.content(), found.mediaType(), Attachment.plainName(found.name()));
    }

    @Post("/shares/{id}/acknowledge")
    @Operation(summary = "Say the agency has the share",
            description = "It then leaves the list of shares not yet acknowledged. Acknowledging again changes nothing.")
    @ApiResponse(responseCode = "204", description = "Acknowledged")
    HttpResponse<?> acknowledge(HttpRequest<?> request, Authentication system, @PathVariable String id) {
        if (!shares.acknowledge(ShareNotFoundException.id(id), agency(system), actor(request, system))) {
            throw new ShareNotFoundException();
        }
        return HttpResponse.noContent();
    }

    private AuditTrail.Actor actor(HttpRequest<?> request, Authentication system) {
        return new AuditTrail.Actor(system.getName(), "Agency system", addresses.resolve(request));
    }

    private static Recipient agency(Authentication system) {
        return ExchangeAuthentication.agencyOf(system);
    }


}
