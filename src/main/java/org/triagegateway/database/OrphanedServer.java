package org.triagegateway.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL left running on the data folder by a service that was killed (kill -9, an OOM
 * kill): it keeps the folder, so a new start cannot use it. Found through the folder's
 * postmaster.pid, checked to be a postgres on this very folder (a pid can be reused by anything),
 * and shut down the way pg_ctl's fast mode does, with SIGINT: open transactions roll back,
 * everything committed is already in the write-ahead log.
 */
final class OrphanedServer {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedServer.class);
    /** A shutdown checkpoint of a busy server can take a while; a stuck one is not worth waiting for longer. */
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);

    private OrphanedServer() {
    }

    /** Stops the server running on {@code dataDirectory}, if there is one; returns whether there was. */
    static boolean stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> orphan = find(dataDirectory);
        if (orphan.isEmpty()) {
            return false;
        }
        long pid = orphan.get().pid();
        LOG.warn("A PostgreSQL (process {}) is still running on {}, left by a service that stopped without shutting "
                + "it down: stopping it before starting again.", pid, dataDirectory);
        signal(pid, "INT");
        if (!waitForExit(orphan.get(), SHUTDOWN)) {
            LOG.warn("PostgreSQL {} did not stop within {} s: stopping it at once (it recovers from its log on start).",
                    pid, SHUTDOWN.toSeconds());
            signal(pid, "QUIT");
            if (!waitForExit(orphan.get(), Duration.ofSeconds(10))) {
                throw new IllegalStateException("PostgreSQL process " + pid + " still holds " + dataDirectory
                        + ": stop it, then start the service again.");
            }
        }
        return true;
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

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not signal PostgreSQL process " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
