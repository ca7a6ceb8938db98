package org.triagegateway.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL left running on the data folder by a service that was killed (kill -9, an OOM
 * kill): it keeps the folder, so a new start cannot use it. Found through the folder's
 * postmaster.pid, checked to be a postgres on this very folder (a pid can be reused by anything),
 * and orphaned only if no live service holds the folder's lock (zonky's epg-lock, which the
 * operating system releases when the JVM holding it dies): a second start must never stop the
 * database of a service that is still running. Shut down the way pg_ctl's fast mode does, with
 * SIGINT (open transactions roll back; everything committed is already in the write-ahead log),
 * then SIGQUIT if it does not stop; sent with the shell's own kill, so no procps is needed.
 */
final class OrphanedServer {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedServer.class);
    /** A shutdown checkpoint of a busy server can take a while; a stuck one is not worth waiting for longer. */
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);
    /** The lock file zonky's EmbeddedPostgres holds in the data folder for as long as its JVM runs it. */
    private static final String LOCK_FILE = "epg-lock";

    private OrphanedServer() {
    }

    /**
     * Stops the server running on {@code dataDirectory} if the service that started it is gone;
     * refuses to start when a live one still holds the folder. Returns whether there was an orphan.
     */
    static boolean stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> server = find(dataDirectory);
        if (server.isEmpty()) {
            return false;
        }
        if (heldByALiveService(dataDirectory)) {
            throw new IllegalStateException("Another service is using the data folder " + dataDirectory
                    + " (PostgreSQL process " + server.get().pid() + "): stop it first, or give this one its own "
                    + "TRIAGE_DATA_DIR.");
        }
        ProcessHandle orphan = server.get();
        LOG.warn("A PostgreSQL (process {}) is still running on {}, left by a service that stopped without shutting "
                + "it down: stopping it before starting again.", orphan.pid(), dataDirectory);
        signal(orphan, "INT");
        if (!waitForExit(orphan, SHUTDOWN)) {
            LOG.warn("PostgreSQL {} did not stop within {} s: stopping it at once (it recovers from its log on start).",
                    orphan.pid(), SHUTDOWN.toSeconds());
            signal(orphan, "QUIT");
            if (!waitForExit(orphan, Duration.ofSeconds(10))) {
                throw new IllegalStateException("PostgreSQL process " + orphan.pid() + " still holds " + dataDirectory
                        + ": stop it, then start the service again.");
            }
        }
        return true;
    }

    /** Whether a running JVM holds the folder's epg-lock: the lock dies with its holder, a pid file does not. */
    static boolean heldByALiveService(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException inThisJvm) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock " + lockFile, e);
        }
    }

    /** The live postgres process named in the folder's postmaster.pid, if it really runs on that folder. */
    static Optional<ProcessHandle> find(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile, e);
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> runsOn(pid, dataDirectory));
    }

    /** The port of the server running on {@code dataDirectory}, if one is (postmaster.pid's fourth line). */
    static Optional<Integer> port(Path dataDirectory) {
        if (find(dataDirectory).isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.size() > 3 && lines.get(3).strip().matches("\\d{1,5}")
                    ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + dataDirectory.resolve("postmaster.pid"), e);
        }
    }

    /** Whether the process's command line is a postgres server started on {@code dataDirectory}. */
    private static boolean runsOn(long pid, Path dataDirectory) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            List<String> arguments = List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            int flag = arguments.indexOf("-D");
            return flag >= 0 && flag + 1 < arguments.size() && arguments.get(0).endsWith("postgres")
                    && Path.of(arguments.get(flag + 1)).toAbsolutePath().normalize()
                            .equals(dataDirectory.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** A signal by name through /bin/sh's kill; SIGTERM (smart shutdown) if the shell cannot send it. */
    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -" + signal + " " + process.pid())
                    .redirectErrorStream(true).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            LOG.warn("Could not send SIG{} to PostgreSQL {}: {}", signal, process.pid(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    private static boolean waitForExit(ProcessHandle process, Duration limit) {
        try {
            process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
