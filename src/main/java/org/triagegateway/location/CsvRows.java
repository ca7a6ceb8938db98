package org.triagegateway.location;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of a CSV file (RFC 4180: quoted fields, doubled quotes), read one at a time by column name:
 * the national files run to millions of rows, and their publishers add and move columns between
 * releases, so nothing is read by position.
 */
final class CsvRows implements AutoCloseable {

    private final BufferedReader reader;
    private final Map<String, Integer> columns = new HashMap<>();
    private long line;

    CsvRows(BufferedReader reader) {
        this.reader = reader;
        List<String> header = next().orElseThrow(() -> new IllegalArgumentException("the file is empty"));
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
        }
    }

    /** The first of these column names the header has (publishers rename columns: oslaua, then lad25cd). */
    int column(String... names) {
        for (String name : names) {
            Integer at = columns.get(name);
            if (at != null) {
                return at;
            }
        }
        throw new IllegalArgumentException("the file has no column " + String.join(" or ", names));
    }

    /**
     * The column whose name fits the pattern, for the ONS columns named by release year: the
     * council is lad26cd in the 2026 directory and was lad25cd, and oslaua before.
     */
    int columnLike(java.util.regex.Pattern name) {
        return columns.entrySet().stream().filter(c -> name.matcher(c.getKey()).matches()).map(Map.Entry::getValue)
                .min(Integer::compare)
                .orElseThrow(() -> new IllegalArgumentException("the file has no column named like " + name.pattern()));
    }

    /** The line the last row ended on, for messages. */
    long line() {
        return line;
    }

    Optional<List<String>> next() {
        try {
            String text = reader.readLine();
            if (text == null) {
                return Optional.empty();
            }
            line++;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = !quoted;
                    } else if (c == ',' && !quoted) {
                        fields.add(field.toString());
                        field.setLength(0);
                    } else {
                        field.append(c);
                    }
                }
                if (!quoted) {
                    break;
                }
                // a quoted field that runs over a line break
                text = reader.readLine();
                if (text == null) {
                    throw new IllegalArgumentException("a quoted field is not closed by the end of the file (line " + line + ")");
                }
                line++;
                field.append('\n');
            }
            fields.add(field.toString());
            return Optional.of(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
