package org.triagegateway.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.triagegateway.Api;
import org.triagegateway.StaffLogin;
import org.triagegateway.documents.Attacks;
import org.triagegateway.documents.EvidenceDocument;
import org.triagegateway.documents.EvidenceService;
import org.triagegateway.documents.EvidenceSummary;
import org.triagegateway.household.Household;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;
import org.triagegateway.security.Role;
import org.triagegateway.web.Secrets;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the real form (issue 16): what is stored is the picture the claimant meant to
 * show, re-encoded, never what rode along with it; and a file over 10 MB brings the adviser back
 * to the same form, with their choices kept and the GOV.UK message, never raw JSON or a dropped
 * connection.
 */
@MicronautTest(transactional = false)
class EvidenceUploadTest {

    private static final String HOUSEHOLD = """
            {"people": [{"id": "claimant", "role": "CLAIMANT", "name": "Dorota Nowak", "dateOfBirth": "1991-06-14"}]}""";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Inject
    Api api;
    @Inject
    HouseholdService households;
    @Inject
    EvidenceService evidence;
    @Inject
    ObjectMapper json;
    @Inject
    EmbeddedServer server;
    @Inject
    StaffLogin login;

    @Test
    void aJpegWithAZipAfterItIsStoredWithoutTheZip() throws IOException {
        EvidenceDocument stored = upload("payslip.jpg", Attacks.concat(Attacks.picture(60, 40, "jpeg"), Attacks.zip()));
        assertThat(stored.mediaType()).isEqualTo("image/jpeg");
        assertThat(Attacks.contains(stored.content(), new byte[]{'P', 'K', 3, 4})).isFalse();
        assertThat(Attacks.contains(stored.content(), new byte[]{'P', 'K', 5, 6})).isFalse();
        assertThat(Attacks.contains(stored.content(), "payload.html")).isFalse();
        assertStillAPicture(stored, 60, 40);
    }

    @Test
    void aJpegWithAnHtmlCommentIsStoredWithoutIt() throws IOException {
        byte[] jpeg = Attacks.jpegWithHtmlComment();
        assertThat(Attacks.contains(jpeg, "<script")).isTrue();
        EvidenceDocument stored = upload("letter.jpg", jpeg);
        assertThat(Attacks.contains(stored.content(), "<script")).isFalse();
        assertThat(Attacks.contains(stored.content(), "<html")).isFalse();
        assertStillAPicture(stored, 60, 40);
    }

    @Test
    void aPhotosGpsPositionIsNotStored() throws IOException {
        byte[] jpeg = Attacks.jpegWithGpsLocation();
        assertThat(Attacks.contains(jpeg, Attacks.LATITUDE)).isTrue();
        EvidenceDocument stored = upload("tenancy.jpg", jpeg);
        assertThat(Attacks.contains(stored.content(), "Exif")).isFalse();
        assertThat(Attacks.contains(stored.content(), Attacks.LATITUDE)).isFalse();
        assertStillAPicture(stored, 60, 40);
    }

    @Test
    void aPngWithTextAndTrailingDataIsStoredAsAPngWithNeither() throws IOException {
        byte[] png = Attacks.withChunkAfterHeader(Attacks.picture(50, 30, "png"), "tEXt",
                "Comment\0<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1));
        EvidenceDocument stored = upload("rent.png", Attacks.concat(png, Attacks.zip()));
        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(Attacks.contains(stored.content(), "<script")).isFalse();
        assertThat(Attacks.contains(stored.content(), new byte[]{'P', 'K', 3, 4})).isFalse();
        assertStillAPicture(stored, 50, 30);
    }

    /** Issue 16: 11 MiB and more got a raw 413 JSON or a dropped connection, and the adviser lost the form. */
    @Test
    void aFileWhoseNameHidesWhatItIsIsRefusedWithTheReason() throws IOException {
        HouseholdReference household = HouseholdReference.of(households.create(json.readValue(HOUSEHOLD, Household.class)).reference());

        Api.Response response = api.postFile("/staff/households/" + household.display() + "/evidence", Map.of("evidences", "RENT"),
                "payslip\u202Efdp.png", Attacks.picture(60, 40, "png"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Rename the file").contains("U+202E");
        assertThat(evidence.of(household)).isEmpty();
    }

    @Test
    void aFileOverTenMegabytesBringsTheAdviserBackToTheFormWithTheirChoiceKept() throws Exception {
        HouseholdReference household = HouseholdReference.of(households.create(json.readValue(HOUSEHOLD, Household.class)).reference());
        byte[] big = Attacks.concat(Attacks.picture(60, 40, "jpeg"), new byte[11 * 1024 * 1024 + 4096]);

        for (boolean chunked : new boolean[]{false, true}) {
            HttpResponse<String> response = postAsABrowser(household, big, chunked);

            assertThat(response.statusCode()).as("chunked " + chunked).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            String page = response.body();
            assertThat(page).contains("Add evidence", "There is a problem", "The selected file must be smaller than 10 MB");
            assertThat(page).containsPattern("value=\"RENT\"[^>]*checked");
            assertThat(page).doesNotContainIgnoringCase("max-request-size").doesNotContainIgnoringCase("max-file-size")
                    .doesNotContainIgnoringCase("micronaut").doesNotContain("\"status\"");
        }
        assertThat(evidence.of(household)).isEmpty();
    }

    /** Past the upload's hard ceiling the server stops reading; a browser still gets the GOV.UK error page, not JSON. */
    @Test
    void aBodyBeyondTheUploadCeilingGetsTheErrorPageNotJson() throws Exception {
        HouseholdReference household = HouseholdReference.of(households.create(json.readValue(HOUSEHOLD, Household.class)).reference());

        HttpResponse<String> response = postAsABrowser(household, new byte[(int) EvidenceUploadLimit.CEILING + 1024]);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("The file is too big", "Files must be smaller than 10 MB")
                .doesNotContainIgnoringCase("max-request-size").doesNotContainIgnoringCase("micronaut");
        assertThat(evidence.of(household)).isEmpty();
    }

    @Test
    void aChunkedBodyBeyondTheUploadCeilingGetsTheErrorPageToo() throws Exception {
        HouseholdReference household = HouseholdReference.of(households.create(json.readValue(HOUSEHOLD, Household.class)).reference());

        HttpResponse<String> response = postAsABrowser(household, new byte[(int) EvidenceUploadLimit.CEILING + 1024], true);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("The file is too big");
        assertThat(evidence.of(household)).isEmpty();
    }

    /** The upload's larger limit is its own: any other request over the server's limit is still refused. */
    @Test
    void otherRequestsKeepTheServersLimit() throws Exception {
        String big = "{\"people\": [], \"padding\": \"" + "x".repeat(12 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/households"))
                .timeout(Duration.ofSeconds(60)).header("Cookie", login.cookie(Role.ADVISER)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    /** Fields before and after the file, in the order a browser sends this form's (csrf, file, evidences). */
    private HttpResponse<String> postAsABrowser(HouseholdReference household, byte[] file) throws Exception {
        return postAsABrowser(household, file, false);
    }

    /** @param chunked sent without a length, as a stream, so the server only finds out the size as it reads */
    private HttpResponse<String> postAsABrowser(HouseholdReference household, byte[] file, boolean chunked) throws Exception {
        String cookie = login.cookie(Role.ADVISER);
        HttpClient client = HttpClient.newHttpClient();
        String staff = client.send(HttpRequest.newBuilder(server.getURI().resolve("/staff")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(staff);
        assertThat(csrf.find()).isTrue();
        String boundary = "----tg" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf.group(1) + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big scan.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidences\"\r\n\r\nRENT\r\n"
                + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(server.getURI().resolve("/staff/households/" + household.display() + "/evidence"))
                // before the fix the server answered 413 early and the client waited for the connection's idle timeout
                .timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray()))
                        : HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private EvidenceDocument upload(String name, byte[] content) throws IOException {
        HouseholdReference household = HouseholdReference.of(households.create(json.readValue(HOUSEHOLD, Household.class)).reference());
        Api.Response response = api.postFile("/staff/households/" + household.display() + "/evidence", Map.of("evidences", "RENT"),
                name, content);
        assertThat(response.status()).as(response.body()).isEqualTo(303);
        List<EvidenceSummary> kept = evidence.of(household);
        assertThat(kept).hasSize(1);
        EvidenceDocument stored = evidence.get(household, kept.get(0).id()).orElseThrow();
        assertThat(stored.sizeBytes()).as("the size of what is stored").isEqualTo(stored.content().length);
        assertThat(stored.sha256()).as("the hash of what is stored").isEqualTo(Secrets.sha256(stored.content()));
        return stored;
    }

    private static void assertStillAPicture(EvidenceDocument stored, int width, int height) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(stored.content()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
