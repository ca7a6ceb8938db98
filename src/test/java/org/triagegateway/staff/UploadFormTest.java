package org.triagegateway.staff;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upload form read as a stream: every byte of the file as sent, however much of it looks like a boundary. */
class UploadFormTest {

    private static final String BOUNDARY = "----tgBoundary7MA4YWxk";

    @Test
    void aFileFullOfAlmostBoundariesComesBackByteForByte() throws IOException {
        // one character a byte (ISO 8859-1), so that the file can be searched for the delimiter as it is built
        StringBuilder file = new StringBuilder();
        String delimiter = "\r\n--" + BOUNDARY;
        Random random = new Random(16);
        String[] near = {"\r", "\r\n", "\r\n-", "\r\n--", "\r\n--" + BOUNDARY.substring(0, 10),
            "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1), "\r\r\n--", "--" + BOUNDARY, "\r\n---" + BOUNDARY};
        for (int i = 0; i < 2_000; i++) {
            int before = file.length();
            for (int n = random.nextInt(40); n > 0; n--) {
                file.append((char) random.nextInt(256));
            }
            file.append(near[random.nextInt(near.length)]);
            // never the whole delimiter: that ends the part, in any form, so it cannot be in a file
            if (file.indexOf(delimiter, Math.max(0, before - delimiter.length())) >= 0) {
                file.setLength(before);
                file.append('x');
            }
        }
        byte[] sent = file.toString().getBytes(StandardCharsets.ISO_8859_1);

        UploadForm form = UploadForm.read(new ByteArrayInputStream(body(sent)), "multipart/form-data; boundary=" + BOUNDARY, 1_000_000);

        assertThat(form.file).isEqualTo(sent);
        assertThat(form.fileName).isEqualTo("scan.pdf");
        assertThat(form.fields).containsEntry("csrf", "token").containsEntry("evidences", "RENT");
    }

    @Test
    void aFileOverTheLimitIsCountedNotKeptAndTheFieldsAfterItStillArrive() throws IOException {
        UploadForm form = UploadForm.read(new ByteArrayInputStream(body(new byte[5_000])), "multipart/form-data; boundary=\"" + BOUNDARY + "\"",
                4_096);
        assertThat(form.fileTooLarge(4_096)).isTrue();
        assertThat(form.file).isNull();
        assertThat(form.fileSize).isEqualTo(5_000);
        assertThat(form.fields).containsEntry("evidences", "RENT");
    }

    @Test
    void aBodyThatIsNotAFormIsMalformed() {
        assertThatThrownBy(() -> UploadForm.read(new ByteArrayInputStream(new byte[10]), "multipart/form-data", 10))
                .isInstanceOf(UploadForm.MalformedException.class);
        byte[] cut = java.util.Arrays.copyOf(body(new byte[100]), 150);
        assertThatThrownBy(() -> UploadForm.read(new ByteArrayInputStream(cut), "multipart/form-data; boundary=" + BOUNDARY, 1000))
                .isInstanceOf(UploadForm.MalformedException.class);
    }

    private static byte[] body(byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"evidences\"\r\n\r\nRENT\r\n--" + BOUNDARY
                + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }
}
