package org.triagegateway.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.assessment.AssessmentService;
import org.triagegateway.assessment.StoredAssessment;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.audit.Audited;
import org.triagegateway.betteroff.BetterOffFigure;
import org.triagegateway.betteroff.BetterOffWords;
import org.triagegateway.documents.EvidenceService;
import org.triagegateway.forms.ClaimForms;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.household.HouseholdSummary;
import org.triagegateway.household.NationalInsuranceNumber;
import org.triagegateway.household.Person;
import org.triagegateway.household.StoredHousehold;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;
import org.triagegateway.sharing.ChangeOfCircumstances;
import org.triagegateway.sharing.Consent;
import org.triagegateway.sharing.ConsentService;
import org.triagegateway.sharing.HouseholdCouncil;
import org.triagegateway.sharing.Purpose;
import org.triagegateway.sharing.ShareService;
import org.triagegateway.staff.StaffPages.FieldError;
import org.triagegateway.web.ProblemException;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The adviser's way in: find a household by the reference a kiosk gave, a National Insurance
 * number, or a name and date of birth; then its latest assessment with every figure explained.
 * Each household found or opened is in the audit trail.
 */
@Hidden
@Controller("/staff/households")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class HouseholdsController {

    private static final String PATH = "/staff/households";
    /** A postcode, or its start: "LU1", "LU1 1", "LU1 1AA". */
    private static final java.util.regex.Pattern POSTCODE_START = java.util.regex.Pattern.compile("[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9]?[A-Za-z]{0,2}");

    private final HouseholdService households;
    private final AssessmentService assessments;
    private final ClaimantSweep sweep;
    private final ClaimForms forms;
    private final ShareService shares;
    private final ConsentService consents;
    private final EvidenceService evidence;
    private final AuditTrail audit;
    private final HttpClientAddressResolver addresses;
    private final Clock clock;
    private final HouseholdCouncil councils;
    private final ChangeOfCircumstances changes;

    HouseholdsController(HouseholdService households, AssessmentService assessments, ClaimantSweep sweep, ClaimForms forms, ShareService shares,
                         ConsentService consents, EvidenceService evidence, AuditTrail audit,
                         HttpClientAddressResolver addresses, HouseholdCouncil councils, ChangeOfCircumstances changes, Clock clock) {
        this.households = households;
        this.changes = changes;
        this.councils = councils;
        this.assessments = assessments;
        this.sweep = sweep;
        this.forms = forms;
        this.shares = shares;
        this.consents = consents;
        this.evidence = evidence;
        this.audit = audit;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** The find page; a kiosk reference (no personal data in it) is looked up from the address. */
    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> find(HttpRequest<?> request, @QueryValue @Nullable String reference) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (reference == null) {
            return page(who, Map.of(), List.of(), null);
        }
        Optional<HouseholdReference> parsed = HouseholdReference.parse(reference);
        if (parsed.isPresent()) {
            return HttpResponse.seeOther(URI.create(PATH + "/" + parsed.get().display()));
        }
        return page(who, Map.of("reference", reference.strip()), List.of(new FieldError("reference",
                "Enter the reference as it is on the kiosk's page, like K7M-P3Q-XRT")), null);
    }

    /**
     * A search by National Insurance number, or by name and date of birth: posted, so that these
     * never sit in an address, the browser's history or a proxy's log.
     */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> search(HttpRequest<?> request, @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Map<String, String> typed = new HashMap<>();
        for (String field : List.of("nino", "name", "dob-day", "dob-month", "dob-year", "part", "postcode")) {
            typed.put(field, blank(form.get(field)));
        }
        List<FieldError> errors = new ArrayList<>();
        List<HouseholdSummary> found = null;
        if (form.containsKey("nino")) {
            Optional<String> number = NationalInsuranceNumber.parse(form.get("nino"));
            if (number.isPresent()) {
                found = households.findByNationalInsuranceNumber(number.get());
            } else {
                errors.add(new FieldError("nino", "Enter a National Insurance number in the right format, like QQ 12 34 56 C"));
            }
        } else if (form.containsKey("part")) {
            String part = typed.get("part");
            String postcode = typed.get("postcode");
            if (part.length() < 3 || part.length() > 100) {
                errors.add(new FieldError("part", "Enter at least 3 letters of a name"));
            }
            if (!postcode.isEmpty() && !POSTCODE_START.matcher(postcode).matches()) {
                errors.add(new FieldError("postcode", "Enter a postcode, or the start of one, like LU1 or LU1 1AA"));
            }
            if (errors.isEmpty()) {
                found = households.findByPartOfName(part, postcode);
            }
        } else {
            String name = typed.get("name");
            if (name.isEmpty()) {
                errors.add(new FieldError("name", "Enter the person's full name"));
            }
            LocalDate born = date(typed.get("dob-day"), typed.get("dob-month"), typed.get("dob-year"));
            if (born == null) {
                errors.add(new FieldError("dob-day", "Enter the person's date of birth, like 27 3 1985"));
            }
            if (errors.isEmpty()) {
                found = households.findByNameAndDateOfBirth(name, born);
            }
        }
        List<StaffPages.FoundRow> rows = null;
        if (found != null) {
            found.forEach(h -> audit.record(who.actor(addresses.resolve(request)), "find", "household", h.reference()));
            rows = found.stream().map(h -> row(households.get(HouseholdReference.of(h.reference())))).toList();
        }
        return page(who, typed, errors, rows);
    }

    /** A household found, as the results show it: whose, born when, and where. */
    private static StaffPages.FoundRow row(StoredHousehold stored) {
        Household household = stored.household();
        Person claimant = household.people().get(0);
        return new StaffPages.FoundRow(HouseholdReference.of(stored.reference()).display(),
                claimant.name() == null ? "No name given" : claimant.name(), HouseholdPage.DATE.format(claimant.dateOfBirth()),
                household.housing() == null ? null : household.housing().postcode(), household.people().size());
    }

    private static HttpResponse<?> page(SignedIn who, Map<String, String> typed, List<FieldError> errors,
                                        @Nullable List<StaffPages.FoundRow> found) {
        Map<String, String> all = new HashMap<>();
        for (String field : List.of("reference", "nino", "name", "dob-day", "dob-month", "dob-year", "part", "postcode")) {
            all.put(field, typed.getOrDefault(field, ""));
        }
        StaffPages.FindPage page = new StaffPages.FindPage(StaffPages.Chrome.of(who, PATH), all, errors, found);
        return HttpResponse.status(errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .body(new ModelAndView<>("staff/households", page));
    }

    @Get(value = "/{reference}", produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<HouseholdPage> household(HttpRequest<?> request, @PathVariable String reference,
                                          @QueryValue @Nullable Long saved, @QueryValue @Nullable Integer updates,
                                          @QueryValue @Nullable Boolean unchanged, @QueryValue @Nullable String done) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        HouseholdReference household = HouseholdReference.of(reference);
        StoredHousehold stored = households.get(household);
        StoredAssessment latest = assessments.list(household).stream().findFirst().orElse(null);
        List<Consent> given = consents.of(household);
        List<SharePages.UnsentRow> unsent = shares.unsent(household).stream().map(u -> new SharePages.UnsentRow(
                councils.label(u.recipient()), SharePages.changes(u.changes(), stored.household()))).toList();
        return new ModelAndView<>("staff/household", HouseholdPage.of(StaffPages.Chrome.of(who, PATH), stored,
                given, councils::label, evidence.of(household), latest, LocalDate.now(clock), latest == null ? null : sweep.of(stored, latest)
                        .map(b -> BetterOffFigure.html(b, "better-off", BetterOffWords.ENGLISH)).orElse(null),
                notice(stored, saved, updates, unchanged, done, !unsent.isEmpty()),
                forms.all().stream().map(f -> new HouseholdPage.FormLink(f.id(), f.title(), f.agency().label(),
                        councils.recipient(stored.household(), f.agency())
                                .filter(r -> ConsentService.allows(given, r, Purpose.DECIDE_CLAIMS)).isPresent())).toList(),
                shares.of(household), unsent, HouseholdPage.words(changes.quietFor())));
    }

    @Nullable
    private static String notice(StoredHousehold stored, @Nullable Long saved, @Nullable Integer updates, @Nullable Boolean unchanged,
                                 @Nullable String done, boolean unsent) {
        if (Boolean.TRUE.equals(unchanged)) {
            return "Nothing needed saving: the record already held these answers.";
        }
        String check = unsent ? " Check the changes not yet sent, under Sharing." : "";
        if ("started".equals(done)) {
            return "The household is started. Add the people who live with them, their income and savings in the record.";
        }
        if ("added".equals(done)) {
            return "Added to the record and assessed again." + check;
        }
        if ("changed-before-sending".equals(done)) {
            return "Nothing was sent: the record changed while you were checking it. Check the changes not yet sent again, then send them.";
        }
        if ("removed".equals(done)) {
            return "Removed from the record and assessed again." + check;
        }
        if (saved != null && saved == stored.version()) {
            return "Saved as version " + saved + " and assessed again." + check;
        }
        if (updates != null) {
            return switch (updates) {
                case 0 -> "Nothing was sent.";
                case 1 -> "Sent 1 update.";
                default -> "Sent " + updates + " updates.";
            };
        }
        return null;
    }

    /** The adviser has checked what changed and sends it: one update to each agency whose values changed. */
    @Post(value = "/{reference}/updates", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(action = "send-updates", record = "household")
    HttpResponse<?> sendUpdates(HttpRequest<?> request, @PathVariable String reference, @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "The form had expired", "Go back, reload the page and try again.");
        }
        HouseholdReference household = HouseholdReference.of(reference);
        if (!String.valueOf(households.get(household).version()).equals(form.get("version"))) {
            // what goes is what the adviser checked: the record changed since, so they check again
            return HttpResponse.seeOther(URI.create(PATH + "/" + household.display() + "?done=changed-before-sending#unsent"));
        }
        // pressed twice, the second finds nothing left to send
        int sent = shares.sendUpdates(household, who.actor(addresses.resolve(request))).size();
        return HttpResponse.seeOther(URI.create(PATH + "/" + household.display() + "?updates=" + sent + "#sharing"));
    }

    @Post(value = "/{reference}/assess", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(action = "assess", record = "household")
    HttpResponse<?> assess(HttpRequest<?> request, @PathVariable String reference, @Body Map<String, String> form) {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (!who.sentBy(form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        StoredAssessment stored = assessments.assessAndStore(HouseholdReference.of(reference), null);
        return HttpResponse.seeOther(URI.create(PATH + "/" + stored.householdReference()));
    }

    @Nullable
    private static LocalDate date(@Nullable String day, @Nullable String month, @Nullable String year) {
        try {
            return LocalDate.of(Integer.parseInt(blank(year)), Integer.parseInt(blank(month)), Integer.parseInt(blank(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static String blank(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
