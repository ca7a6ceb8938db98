package org.triagegateway.staff;

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
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.audit.Audited;
import org.triagegateway.documents.EvidenceService;
import org.triagegateway.forms.ClaimForms;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.rules.Benefit;
import org.triagegateway.rules.RulesEngine;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;
import org.triagegateway.sharing.Agency;
import org.triagegateway.sharing.ConsentService;
import org.triagegateway.sharing.HouseholdCouncil;
import org.triagegateway.sharing.LawfulBasis;
import org.triagegateway.sharing.Purpose;
import org.triagegateway.sharing.ShareService;
import org.triagegateway.sharing.SharingRules;
import org.triagegateway.web.ProblemException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The adviser shares a household with an agency: the page says exactly what will be sent, whether
 * the claimant's consent allows it, and asks for the legal gateway; a refusal says why and is in
 * the audit trail.
 */
@Hidden
@Controller("/staff/households/{reference}/share/{agency}")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class ShareController {

    private final ShareService shares;
    private final SharingRules rules;
    private final ConsentService consents;
    private final EvidenceService evidence;
    private final ClaimForms forms;
    private final HouseholdService households;
    private final RulesEngine engine;
    private final AuditTrail audit;
    private final HttpClientAddressResolver addresses;
    private final HouseholdCouncil councils;

    ShareController(ShareService shares, SharingRules rules, ConsentService consents, EvidenceService evidence, ClaimForms forms,
                    HouseholdService households, RulesEngine engine, AuditTrail audit, HttpClientAddressResolver addresses,
                    HouseholdCouncil councils) {
        this.councils = councils;
        this.shares = shares;
        this.rules = rules;
        this.consents = consents;
        this.evidence = evidence;
        this.forms = forms;
        this.households = households;
        this.engine = engine;
        this.audit = audit;
        this.addresses = addresses;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<SharePages.SendPage> page(HttpRequest<?> request, @PathVariable String reference, @PathVariable String agency) {
        HouseholdReference household = HouseholdReference.of(reference);
        households.get(household);
        return new ModelAndView<>("staff/share", page(request, household, agency(agency), null, List.of()));
    }

    /** Written to the audit trail by the share itself ("share-with-council"), or as "share-refused". */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> send(HttpRequest<?> request, @PathVariable String reference, @PathVariable String agency,
                         @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        HouseholdReference household = HouseholdReference.of(reference);
        Agency to = agency(agency);
        AuditTrail.Actor actor = who.actor(addresses.resolve(request));
        try {
            shares.check(household, to, form.get("basis"));
        } catch (ShareService.RefusedShareException refused) {
            audit.record(actor, "share-refused", "household", household.value());
            return HttpResponse.badRequest(new ModelAndView<>("staff/share", page(request, household, to, form.get("basis"),
                    List.of(new StaffPages.FieldError("basis", refused.getMessage())))));
        }
        shares.send(household, to, form.get("basis"), actor, submission(form.get("submission")));
        return HttpResponse.seeOther(URI.create("/staff/households/" + household.display() + "#sharing"));
    }

    private SharePages.SendPage page(HttpRequest<?> request, HouseholdReference household, Agency agency, String chosen,
                                     List<StaffPages.FieldError> errors) {
        boolean evidenceConsent = consents.allows(household, agency, Purpose.EVIDENCE);
        List<String> documents = new ArrayList<>();
        documents.add("The assessment summary (PDF), with these benefits only");
        rules.of(agency).forms().forEach(f -> forms.get(f).ifPresent(form -> documents.add(form.title() + ", filled in (PDF)")));
        if (evidenceConsent) {
            evidence.of(household).stream().filter(d -> rules.of(agency).evidence().contains(d.evidences()))
                    .forEach(d -> documents.add(d.fileName() + " (" + d.evidences().label().toLowerCase(java.util.Locale.UK) + ")"));
        }
        Map<String, Benefit> benefits = engine.ruleBase().registry().byId();
        List<StaffPages.Option> bases = new ArrayList<>();
        for (LawfulBasis basis : rules.lawfulBases(agency)) {
            bases.add(new StaffPages.Option(basis.id(), basis.cites(), basis.id().equals(chosen), basis.permits()));
        }
        return new SharePages.SendPage(StaffPages.Chrome.of(SignedIn.of(request).orElseThrow(), "/staff/households"),
                household.display(), agency.slug(), councils.recipient(households.get(household).household(), agency)
                        .map(councils::label).orElse(agency.label()), consents.allows(household, agency, Purpose.DECIDE_CLAIMS),
                evidenceConsent, rules.benefits(agency).stream().map(b -> benefits.get(b).name()).toList(),
                SharePages.aboutEachPerson(rules.values(agency)), SharePages.aboutTheHousehold(rules.values(agency)), documents,
                bases, errors, UUID.randomUUID().toString());
    }

    /** The page's submission id; a form without one (or with a broken one) is sent as a submission of its own. */
    private static UUID submission(String id) {
        try {
            return id == null ? UUID.randomUUID() : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }

    private static Agency agency(String slug) {
        return SharePages.agency(slug).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "No such agency",
                "Households can be shared with the council benefits office or Jobcentre Plus."));
    }
}
