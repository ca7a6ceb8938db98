package org.triagegateway.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.household.FactLabels;
import org.triagegateway.household.FactPath;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;
import org.triagegateway.security.StaffAccount;
import org.triagegateway.security.StaffAccountService;
import org.triagegateway.sharing.HouseholdCouncil;
import org.triagegateway.sharing.Recipient;
import org.triagegateway.sharing.Change;
import org.triagegateway.sharing.Share;
import org.triagegateway.sharing.ShareDocument;
import org.triagegateway.sharing.ShareNotFoundException;
import org.triagegateway.sharing.ShareService;
import org.triagegateway.sharing.ShareStatus;
import org.triagegateway.web.Attachment;
import org.triagegateway.web.ProblemException;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agency's inbox: council benefits officers see the shares sent to their own council, Jobcentre Plus
 * officers those sent to Jobcentre Plus, and nothing else (another agency's share, or another council's,
 * is "not found").
 * Each is opened, its documents downloaded, and accepted or sent back asking for more.
 */
@Hidden
@Controller("/staff/inbox")
@Secured({Roles.COUNCIL_OFFICER, Roles.JOBCENTRE_OFFICER})
class InboxController {

    private static final String PATH = "/staff/inbox";
    private static final int LONGEST_REQUEST = 2000;

    private final ShareService shares;
    private final ObjectMapper json;
    private final HttpClientAddressResolver addresses;
    private final StaffAccountService accounts;
    private final HouseholdCouncil councils;

    InboxController(ShareService shares, ObjectMapper json, HttpClientAddressResolver addresses, StaffAccountService accounts,
                    HouseholdCouncil councils) {
        this.shares = shares;
        this.accounts = accounts;
        this.councils = councils;
        this.json = json;
        this.addresses = addresses;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<SharePages.InboxPage> inbox(HttpRequest<?> request) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        Recipient agency = agencyOf(who);
        List<SharePages.InboxRow> rows = shares.inbox(agency).stream()
                .map(s -> new SharePages.InboxRow(s.id().toString(), HouseholdReference.of(s.householdReference()).display(),
                        SharePages.sent(s), s.status().label(), SharePages.statusClass(s.status())))
                .toList();
        return new ModelAndView<>("staff/inbox", new SharePages.InboxPage(StaffPages.Chrome.of(who, PATH), councils.label(agency), rows));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<SharePages.SharePage> open(HttpRequest<?> request, @PathVariable String id) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        Share share = shares.open(ShareNotFoundException.id(id), agencyOf(who), who.actor(addresses.resolve(request))).orElseThrow(ShareNotFoundException::new);
        return new ModelAndView<>("staff/inbox-share", page(who, share, List.of()));
    }

    @Get(value = "/{id}/documents/{document}")
    HttpResponse<byte[]> document(HttpRequest<?> request, @PathVariable String id, @PathVariable String document) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        ShareDocument found = shares.download(ShareNotFoundException.id(id), ShareNotFoundException.id(document), agencyOf(who),
                who.actor(addresses.resolve(request))).orElseThrow(ShareNotFoundException::new);
        return Attachment.of(found.content(), found.mediaType(), Attachment.plainName(found.name()));
    }

    @Post(value = "/{id}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        SignedIn who = signedInWithToken(request, form);
        if (!shares.accept(ShareNotFoundException.id(id), agencyOf(who), who.actor(addresses.resolve(request)))) {
            throw new ShareNotFoundException();
        }
        return HttpResponse.seeOther(URI.create(PATH + "/" + id));
    }

    /** Sends the share back asking for more: the adviser sees what is asked as a to-do. */
    @Post(value = "/{id}/return", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> askForMore(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        SignedIn who = signedInWithToken(request, form);
        String what = form.getOrDefault("what", "").strip();
        if (what.isEmpty() || what.length() > LONGEST_REQUEST) {
            Share share = shares.open(ShareNotFoundException.id(id), agencyOf(who), who.actor(addresses.resolve(request))).orElseThrow(ShareNotFoundException::new);
            return HttpResponse.badRequest(new ModelAndView<>("staff/inbox-share", page(who, share, List.of(new StaffPages.FieldError(
                    "what", what.isEmpty() ? "Say what else you need from the adviser" : "Say it in " + LONGEST_REQUEST
                            + " characters or fewer")))));
        }
        if (!shares.askForMore(ShareNotFoundException.id(id), agencyOf(who), who.actor(addresses.resolve(request)), what)) {
            throw new ShareNotFoundException();
        }
        return HttpResponse.seeOther(URI.create(PATH + "/" + id));
    }

    private SharePages.SharePage page(SignedIn who, Share share, List<StaffPages.FieldError> errors) {
        ShareService.Content content = shares.content(share);
        Household household = household(content);
        Map<String, List<StaffPages.RecordRow>> sections = new LinkedHashMap<>();
        for (FactPath path : FactPath.valuesOf(content.household())) {
            path.read(content.household()).ifPresent(value -> sections
                    .computeIfAbsent(FactLabels.section(path, household), s -> new ArrayList<>())
                    .add(new StaffPages.RecordRow(FactLabels.label(path), new FactField(path).display(Optional.of(value)), null)));
        }
        List<SharePages.DocumentLink> documents = shares.documents(share).stream()
                .map(d -> new SharePages.DocumentLink(d.id().toString(), d.name())).toList();
        return new SharePages.SharePage(StaffPages.Chrome.of(who, PATH), share.id().toString(),
                HouseholdReference.of(share.householdReference()).display(), councils.label(share.recipient().orElseThrow()), SharePages.sent(share),
                share.status().label(), SharePages.statusClass(share.status()), content.lawfulBasis().cites(),
                content.lawfulBasis().permits(), content.lawfulBasis().source(),
                content.results().stream().map(HouseholdPage::card).toList(),
                sections.entrySet().stream().map(e -> new StaffPages.RecordSection(e.getKey(), e.getValue())).toList(),
                documents, share.moreInformation(),
                share.status() == ShareStatus.ACCEPTED || share.status() == ShareStatus.MORE_INFORMATION_REQUESTED,
                share.updates() == null ? null : shares.find(share.updates()).map(SharePages::sent).orElse("an earlier date"),
                SharePages.changes(content.changes(), household), errors);
    }

    private Household household(ShareService.Content content) {
        try {
            return json.treeToValue(content.household(), Household.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A share's household does not read back", e);
        }
    }

    private static SignedIn signedInWithToken(HttpRequest<?> request, Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "The form had expired", "Go back, reload the page and try again.");
        }
        return who;
    }

    /**
     * The agency an officer works for: Jobcentre Plus, or for a council benefits officer the council their
     * account names (each council is its own agency), read on each request so a change applies at once.
     */
    private Recipient agencyOf(SignedIn who) {
        return switch (who.role()) {
            case COUNCIL_OFFICER -> accounts.findActive(who.username()).map(StaffAccount::council).map(Recipient::council)
                    .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "Your account has no council",
                            "Your account does not say which council you work for, so there is nothing to show you. "
                                    + "Ask an administrator to set your council."));
            case JOBCENTRE_OFFICER -> Recipient.JOBCENTRE_PLUS;
            default -> throw new ProblemException(HttpStatus.FORBIDDEN, "You cannot do this", "Only agency officers have an inbox.");
        };
    }


}
