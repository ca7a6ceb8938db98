package org.triagegateway.staff;

import io.micronaut.core.annotation.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence upload form (multipart/form-data), read as a stream: the text fields, and at most
 * {@code maxFileBytes} of the file. A larger file is read to its end (so the fields after it, such
 * as what it evidences, still arrive) but no more of it is kept, so memory stays bounded whatever
 * is sent. Micronaut's own form reader cannot do this: it stops the whole request at the size limit.
 */
final class UploadForm {

    private static final int MAX_FIELDS = 20;
    private static final int MAX_FIELD_BYTES = 8 * 1024;
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)multipart/form-data\\s*;.*?boundary=(\"?)([^\";]{1,70})\\1");
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    final Map<String, String> fields = new HashMap<>();
    @Nullable
    String fileName;
    /** Null when no file was chosen, or when it was larger than allowed. */
    @Nullable
    byte[] file;
    long fileSize;

    /** A body that is not a well-formed form: nothing in it is used. */
    static final class MalformedException extends IOException {
        MalformedException(String why) {
            super(why);
        }
    }

    boolean fileTooLarge(int maxFileBytes) {
        return fileSize > maxFileBytes;
    }

    static UploadForm read(InputStream body, @Nullable String contentType, int maxFileBytes) throws IOException {
        Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!boundary.find()) {
            throw new MalformedException("no boundary");
        }
        byte[] delimiter = ("\r\n--" + boundary.group(2)).getBytes(StandardCharsets.ISO_8859_1);
        UploadForm form = new UploadForm();
        // the first boundary has no line end before it: pretend it had, so every boundary looks alike
        Scanner scanner = new Scanner(body, delimiter, 2);
        scanner.skipTo(Sink.NONE);
        for (int parts = 0; ; parts++) {
            int first = scanner.read();
            int second = scanner.read();
            if (first == '-' && second == '-') {
                return form;
            }
            if (first != '\r' || second != '\n' || parts > MAX_FIELDS) {
                throw new MalformedException("bad boundary or too many parts");
            }
            form.readPart(scanner, headers(scanner), maxFileBytes);
        }
    }

    private void readPart(Scanner scanner, String headers, int maxFileBytes) throws IOException {
        Matcher name = NAME.matcher(headers);
        if (!name.find()) {
            throw new MalformedException("a part without a name");
        }
        Matcher fileNamed = FILENAME.matcher(headers);
        if (fileNamed.find()) {
            if (!name.group(1).equals("file") || file != null || fileSize > 0) {
                scanner.skipTo(Sink.NONE);
                return;
            }
            Kept kept = new Kept(maxFileBytes);
            scanner.skipTo(kept);
            fileName = fileNamed.group(1);
            fileSize = kept.count;
            file = kept.count == 0 || kept.count > maxFileBytes ? null : kept.bytes.toByteArray();
        } else {
            Kept kept = new Kept(MAX_FIELD_BYTES);
            scanner.skipTo(kept);
            if (kept.count > MAX_FIELD_BYTES) {
                throw new MalformedException("a field too long");
            }
            fields.putIfAbsent(name.group(1), kept.bytes.toString(StandardCharsets.UTF_8));
        }
    }

    /** A part's headers, up to the blank line; only Content-Disposition is used. */
    private static String headers(Scanner in) throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        int last4 = 0;
        while (true) {
            int b = in.read();
            if (b < 0 || headers.size() > MAX_HEADER_BYTES) {
                throw new MalformedException("headers not ended");
            }
            headers.write(b);
            last4 = last4 << 8 | b;
            if (last4 == 0x0D0A0D0A) {
                return headers.toString(StandardCharsets.UTF_8);
            }
        }
    }

    private interface Sink {
        Sink NONE = (bytes, from, length) -> { };

        void write(byte[] bytes, int from, int length);
    }

    /** Keeps up to a limit, and counts everything. */
    private static final class Kept implements Sink {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long count;

        Kept(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(byte[] data, int from, int length) {
            count += length;
            if (count <= limit) {
                bytes.write(data, from, length);
            } else if (bytes.size() > 0) {
                bytes.reset(); // over the limit: nothing of it is wanted, so let it go at once
            }
        }
    }

    /**
     * Finds the next delimiter, handing everything before it to a sink. Matching follows
     * Knuth-Morris-Pratt, so a partial match that fails gives back exactly the bytes that cannot
     * begin the delimiter and nothing is read twice.
     */
    private static final class Scanner {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int at;
        private int end;
        /** What is on its way to the sink, handed over in blocks rather than byte by byte. */
        private final byte[] out = new byte[8 * 1024];
        private int pending;
        private final byte[] delimiter;
        private final int[] fallback;
        /** Bytes of the delimiter taken as already matched before the next search (the missing first line end). */
        private int pretend;

        Scanner(InputStream in, byte[] delimiter, int pretend) {
            this.in = in;
            this.delimiter = delimiter;
            this.pretend = pretend;
            this.fallback = new int[delimiter.length];
            for (int i = 1, k = 0; i < delimiter.length; i++) {
                while (k > 0 && delimiter[i] != delimiter[k]) {
                    k = fallback[k - 1];
                }
                if (delimiter[i] == delimiter[k]) {
                    k++;
                }
                fallback[i] = k;
            }
        }

        int read() throws IOException {
            if (at == end) {
                end = in.read(buffer, 0, buffer.length);
                at = 0;
                if (end <= 0) {
                    end = 0;
                    return -1;
                }
            }
            return buffer[at++] & 0xFF;
        }

        void skipTo(Sink sink) throws IOException {
            int matched = pretend;
            pretend = 0;
            pending = 0;
            while (true) {
                int b = read();
                if (b < 0) {
                    throw new MalformedException("the form ends in the middle");
                }
                while (matched > 0 && (byte) b != delimiter[matched]) {
                    int keep = fallback[matched - 1];
                    for (int i = 0; i < matched - keep; i++) {
                        give(sink, delimiter[i]);
                    }
                    matched = keep;
                }
                if ((byte) b == delimiter[matched]) {
                    if (++matched == delimiter.length) {
                        sink.write(out, 0, pending);
                        return;
                    }
                } else {
                    give(sink, (byte) b);
                }
            }
        }

        private void give(Sink sink, byte b) {
            if (pending == out.length) {
                sink.write(out, 0, pending);
                pending = 0;
            }
            out[pending++] = b;
        }
    }
}
