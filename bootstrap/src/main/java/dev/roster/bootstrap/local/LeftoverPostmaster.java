package dev.roster.bootstrap.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a server that died without stopping its embedded PostgreSQL leaves in the data directory: the
 * {@code postmaster.pid} lock file, and maybe the PostgreSQL itself, still running (it is not a child that dies with
 * the JVM). Only a PostgreSQL whose process and data directory both match ours is stopped; a lock file naming another
 * live process is stale (its process id was reused, as after a container restart) and is removed, since PostgreSQL
 * would otherwise refuse to start.
 *
 * <p>The caller must hold the data directory's {@link DataDirectoryLock} first: then no live Roster uses this
 * PostgreSQL, and stopping it loses nothing that was committed.
 */
final class LeftoverPostmaster {

    /** PostgreSQL's own lock file in its data directory: the postmaster's pid, then its data directory, ... */
    static final String LOCK_FILE = "postmaster.pid";

    /** A fast shutdown takes well under a second; its checkpoint may take a few. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(15);

    private final Path dataDirectory;

    LeftoverPostmaster(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** What was found and done, for the start-up log; empty when the directory was clean. */
    Optional<String> clearAway() {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(lockFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException clean) {
            return Optional.empty();
        } catch (IOException unreadable) {
            throw new LocalPostgresException(
                    "the lock file " + lockFile + " of a PostgreSQL that did not stop cannot " + "be read ("
                            + unreadable.getMessage() + "); remove it if no PostgreSQL runs on " + dataDirectory,
                    unreadable);
        }
        Optional<ProcessHandle> process = pid(lines).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isPresent() && ours(process.get(), lines)) {
            stop(process.get());
            return Optional.of(
                    "stopped the embedded PostgreSQL (pid " + process.get().pid() + ") that a Roster "
                            + "which did not stop cleanly left running on " + dataDirectory);
        }
        if (process.isEmpty()) {
            // Its postmaster is gone: PostgreSQL itself sees that and recovers. Removing the file would hide from it
            // any of the dead server's processes still attached to its shared memory.
            return Optional.of("found the lock file of a PostgreSQL that is no longer running on " + dataDirectory
                    + "; it recovers on start");
        }
        deleteStale(lockFile);
        return Optional.of("removed the stale lock file " + lockFile + ": its pid "
                + process.get().pid()
                + " now belongs to another program, which PostgreSQL would take for a server still running");
    }

    /** Whether the process is a PostgreSQL running on our data directory: its command and the lock file agree. */
    private boolean ours(ProcessHandle process, List<String> lockLines) {
        if (lockLines.size() < 2 || !samePath(lockLines.get(1))) {
            return false;
        }
        List<String> command = commandLine(process.pid());
        if (command.isEmpty()
                || !Path.of(command.get(0)).getFileName().toString().equals("postgres")) {
            return false;
        }
        for (int i = 0; i + 1 < command.size(); i++) {
            if (command.get(i).equals("-D") && samePath(command.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean samePath(String text) {
        try {
            return Path.of(text.strip()).toAbsolutePath().normalize().equals(dataDirectory);
        } catch (RuntimeException notAPath) {
            return false;
        }
    }

    /** The process's arguments as the kernel has them; empty when they cannot be read (it ended, or not Linux). */
    private static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return Arrays.stream(new String(raw, StandardCharsets.UTF_8).split("\0"))
                    .filter(arg -> !arg.isEmpty())
                    .toList();
        } catch (IOException | RuntimeException unreadable) {
            return ProcessHandle.of(pid)
                    .flatMap(handle -> handle.info().command())
                    .map(List::of)
                    .orElse(List.of());
        }
    }

    /**
     * Asks for a fast shutdown (SIGINT: its sessions, the dead server's, are cut and their transactions rolled back; a
     * smart one would wait for them); a server that does not stop in time is killed, and recovers on start.
     */
    private void stop(ProcessHandle postmaster) {
        if (!interrupt(postmaster.pid())) {
            postmaster.destroy();
        }
        try {
            postmaster.onExit().get(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LocalPostgresException(
                    "interrupted while stopping the leftover PostgreSQL (pid " + postmaster.pid() + ") on "
                            + dataDirectory,
                    interrupted);
        } catch (Exception tooSlow) {
            postmaster.destroyForcibly();
            try {
                postmaster.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                throw new LocalPostgresException(
                        "the leftover PostgreSQL (pid " + postmaster.pid() + ") on " + dataDirectory
                                + " does not stop; stop it (kill " + postmaster.pid() + ") and start again",
                        stillThere);
            }
        }
        // PostgreSQL removes its lock file as it exits; a killed one leaves it, naming a dead pid it will ignore.
    }

    private void deleteStale(Path lockFile) {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException undeletable) {
            throw new LocalPostgresException(
                    "a stale lock file " + lockFile + " is left from a PostgreSQL that no "
                            + "longer runs, and it cannot be removed (" + undeletable.getMessage()
                            + "); remove it by hand",
                    undeletable);
        }
    }

    /** Sends SIGINT, which Java cannot send itself; false if that could not be done. */
    private static boolean interrupt(long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", "INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            kill.getInputStream().readAllBytes();
            return kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException noKill) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<Long> pid(List<String> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            return pid > 0 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException garbled) {
            return Optional.empty();
        }
    }
}
