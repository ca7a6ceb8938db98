package org.triagegateway.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anchors the audit chain outside its table. Every so often (and when the service stops) the
 * number of entries and the newest entry's seal are written as a sealed checkpoint line, appended
 * to a file and to the log (which can be shipped elsewhere). Deleting the newest entries, or
 * rewriting the chain, then no longer matches the last checkpoint; {@link AuditTrail#verify}
 * says so. Put the file where the database's owner cannot write (or on append-only storage).
 */
@Singleton
public class AuditAnchor {

    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchor.class);
    private static final Pattern LINE = Pattern.compile(
            "checkpoint at=(\\S+) seq=(\\d+) entries=(\\d+) head=([0-9a-f]{64}) seal=([0-9a-f]{64})");
    /** The last line is all a check needs: read at most this much from the end. */
    private static final int TAIL = 4096;

    private final AuditEntries entries;
    private final AuditSeal seal;
    private final Path file;
    private final Clock clock;
    private volatile Optional<Checkpoint> written = Optional.empty();

    AuditAnchor(AuditEntries entries, AuditSeal seal, @Nullable @Value("${triage.audit.anchor-file:}") String file,
                @Value("${embedded-postgres.data-directory}") String dataDirectory, Clock clock) {
        this.entries = entries;
        this.seal = seal;
        this.file = AuditFiles.file(file, dataDirectory, "audit-anchor.log");
        this.clock = clock;
    }

    /** Writes a checkpoint of the chain as it is now, unless nothing was added since the last one. */
    @Scheduled(fixedDelay = "${triage.audit.checkpoint-interval}", initialDelay = "${triage.audit.checkpoint-interval}")
    public synchronized Optional<Checkpoint> checkpoint() {
        Optional<AuditEntries.Head> head = entries.head();
        if (head.isEmpty() || written.map(w -> w.seq() == head.get().seq()).orElse(false)) {
            return written;
        }
        String fields = "checkpoint at=" + clock.instant() + " seq=" + head.get().seq() + " entries=" + head.get().entries()
                + " head=" + head.get().hash();
        String line = fields + " seal=" + seal.seal(fields);
        append(line);
        LOG.info("Audit {}", line);
        written = Optional.of(parse(line).orElseThrow());
        return written;
    }

    @PreDestroy
    void lastCheckpoint() {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            LOG.warn("Could not write the audit checkpoint while stopping: {}", e.toString());
        }
    }

    /** The checkpoint this service wrote last, if it wrote one since it started: what the file must end with. */
    Optional<Checkpoint> lastWritten() {
        return written;
    }

    Path file() {
        return file;
    }

    /** The file's last checkpoint, if it has one; {@link Checkpoint#genuine} says whether its seal holds. */
    Optional<Checkpoint> latest() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            long length = reader.length();
            int size = (int) Math.min(TAIL, length);
            byte[] tail = new byte[size];
            reader.seek(length - size);
            reader.readFully(tail);
            String[] lines = new String(tail, StandardCharsets.UTF_8).strip().split("\n");
            String last = lines[lines.length - 1].strip();
            return last.isEmpty() ? Optional.empty() : Optional.of(parse(last).orElse(Checkpoint.UNREADABLE));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit checkpoints in " + file, e);
        }
    }

    private Optional<Checkpoint> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String fields = line.substring(0, line.lastIndexOf(" seal="));
        return Optional.of(new Checkpoint(Instant.parse(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                m.group(4), seal.seals(fields, m.group(5))));
    }

    /** Appended and forced to disk: a checkpoint that was logged is one that is kept. */
    private void append(String line) {
        try {
            Files.createDirectories(file.getParent());
            // a line cut short by a crash is left on a line of its own, never glued to this one
            String start = endsMidLine() ? "\n" : "";
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap((start + line + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit checkpoint to " + file, e);
        }
    }

    private boolean endsMidLine() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, channel.size() - 1);
            return last.get(0) != '\n';
        }
    }

    /** What the chain was at a moment: its newest entry, its seal and how many entries there were. */
    public record Checkpoint(Instant at, long seq, long entries, String head, boolean genuine) {
        static final Checkpoint UNREADABLE = new Checkpoint(Instant.EPOCH, 0, 0, "", false);

        boolean sameAs(Checkpoint other) {
            return at.equals(other.at) && seq == other.seq && head.equals(other.head);
        }
    }
}
