package org.triagegateway.staff;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import org.triagegateway.audit.AuditTrail;
import org.triagegateway.audit.Audited;
import org.triagegateway.documents.EvidenceCheck;
import org.triagegateway.documents.EvidenceDocument;
import org.triagegateway.documents.EvidenceKind;
import org.triagegateway.documents.EvidenceService;
import org.triagegateway.documents.RefusedDocumentException;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.security.Roles;
import org.triagegateway.security.SignedIn;
import org.triagegateway.staff.StaffPages.FieldError;
import org.triagegateway.staff.StaffPages.Option;
import org.triagegateway.web.AcceptableText;
import org.triagegateway.web.Attachment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Evidence the claimant brings: uploaded by an adviser, checked by content, downloaded again by staff. */
@Hidden
@Controller("/staff/households/{reference}/evidence")
@Secured({Roles.ADVISER, Roles.VISITING_OFFICER})
class EvidenceController {

    private final EvidenceService evidence;
    private final HouseholdService households;
    private final AuditTrail audit;
    private final HttpClientAddressResolver addresses;

    EvidenceController(EvidenceService evidence, HouseholdService households, AuditTrail audit,
                       HttpClientAddressResolver addresses) {
        this.evidence = evidence;
        this.households = households;
        this.audit = audit;
        this.addresses = addresses;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Audited(action = "read", record = "household")
    ModelAndView<UploadPage> form(HttpRequest<?> request, @PathVariable String reference) {
        HouseholdReference household = HouseholdReference.of(reference);
        households.get(household);
        return page(SignedIn.of(request).orElseThrow(), household, null, List.of());
    }

    /**
     * The form is read here, as a stream (UploadForm), not bound by Micronaut: a file over 10 MB
     * must still bring back the form with the adviser's choices, which arrive after the file.
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    @Audited(action = "upload-evidence", record = "household")
    HttpResponse<?> upload(HttpRequest<?> request, @PathVariable String reference) throws IOException {
        SignedIn who = SignedIn.of(request).orElseThrow();
        if (request.getContentLength() > EvidenceUploadLimit.CEILING) {
            // said to be past the ceiling: the body was refused before this route could read it, and a read
            // would wait for it until the connection timed out (seen with Micronaut 4.10), so answer now
            throw new ContentLengthExceededException(EvidenceUploadLimit.CEILING, request.getContentLength());
        }
        UploadForm form;
        try (InputStream body = ((ServerHttpRequest<?>) request).byteBody().toInputStream()) {
            form = UploadForm.read(body, request.getHeaders().get(HttpHeaders.CONTENT_TYPE), EvidenceCheck.MAX_BYTES);
        } catch (UploadForm.MalformedException e) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST);
        } catch (IOException | RuntimeException e) {
            // past the hard ceiling the body stops with the server's own 413, shown as its error page
            Optional<ContentLengthExceededException> exceeded = tooLarge(e);
            if (exceeded.isPresent()) {
                throw exceeded.get();
            }
            throw e;
        }
        if (!who.sentBy(form.fields.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        HouseholdReference household = HouseholdReference.of(reference);
        String evidences = form.fields.get("evidences");
        Optional<EvidenceKind> kind = Arrays.stream(EvidenceKind.values()).filter(k -> k.name().equals(evidences)).findFirst();
        List<FieldError> errors = new ArrayList<>();
        if (form.fileTooLarge(EvidenceCheck.MAX_BYTES)) {
            // the GOV.UK file upload pattern's words (https://design-system.service.gov.uk/components/file-upload/)
            errors.add(new FieldError("file", "The selected file must be smaller than 10 MB"));
        } else if (form.file == null) {
            errors.add(new FieldError("file", "Select a file"));
        } else if (form.fileName != null && AcceptableText.refusal(form.fileName, false).isPresent()) {
            // "payslip<U+202E>fdp.exe" shows as "payslipexe.pdf": a name that hides what it is
            errors.add(new FieldError("file", "The file's name " + AcceptableText.refusal(form.fileName, false).get()
                    + ". Rename the file, then choose it again"));
        }
        if (kind.isEmpty()) {
            errors.add(new FieldError("evidences", "Select what the document is evidence of"));
        }
        if (errors.isEmpty()) {
            try {
                evidence.upload(household, form.fileName, form.file, kind.get(), who.username());
                return HttpResponse.seeOther(URI.create("/staff/households/" + household.display() + "#evidence"));
            } catch (RefusedDocumentException e) {
                // a refused file is a refused attempt: compliance sees someone trying bombs or smuggled files
                audit.record(who.actor(addresses.resolve(request)), "upload-refused", "household", household.value());
                errors.add(new FieldError("file", e.getMessage()));
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(who, household, evidences, errors));
    }

    private static Optional<ContentLengthExceededException> tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ContentLengthExceededException exceeded) {
                return Optional.of(exceeded);
            }
        }
        return Optional.empty();
    }

    @Get("/{id}")
    @Audited(action = "download-evidence", record = "household")
    HttpResponse<?> download(@PathVariable String reference, @PathVariable String id) {
        UUID document;
        try {
            document = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return HttpResponse.notFound();
        }
        Optional<EvidenceDocument> found = evidence.get(HouseholdReference.of(reference), document);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        EvidenceDocument file = found.get();
        return Attachment.of(file.content(), file.mediaType(), downloadName(file)).header("Cache-Control", "no-store");
    }

    /** The name it was given, in plain ASCII, ending as what the file really is (a PNG is never "x.html"). */
    private static String downloadName(EvidenceDocument file) {
        String extension = switch (file.mediaType()) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        String name = file.fileName().replaceAll("[^A-Za-z0-9 ._()-]", "_");
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + extension;
    }

    private static ModelAndView<UploadPage> page(SignedIn who, HouseholdReference household, @Nullable String chosen,
                                                 List<FieldError> errors) {
        List<Option> kinds = Arrays.stream(EvidenceKind.values())
                .map(k -> new Option(k.name(), k.label(), k.name().equals(chosen), null)).toList();
        return new ModelAndView<>("staff/evidence", new UploadPage(StaffPages.Chrome.of(who, "/staff/households"),
                household.display(), kinds, errors, StaffPages.byField(errors)));
    }

    @Introspected
    public record UploadPage(StaffPages.Chrome chrome, String reference, List<Option> kinds, List<FieldError> errors,
                             Map<String, String> errorFor) {
    }
}
