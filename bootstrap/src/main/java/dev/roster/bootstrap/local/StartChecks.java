package dev.roster.bootstrap.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * What stops the embedded PostgreSQL from starting, looked for before it starts, so that the error names the real
 * cause with what to do instead of the "connection refused" PostgreSQL's client sees after the server gave up.
 */
final class StartChecks {

    private StartChecks() {}

    /** A data directory made by another major version of PostgreSQL, which this one cannot open. */
    static Optional<String> otherVersion(Path dataDirectory) {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        Optional<String> shipped = shippedMajorVersion();
        if (!Files.isRegularFile(versionFile) || shipped.isEmpty()) {
            return Optional.empty();
        }
        String found;
        try {
            found = Files.readString(versionFile, StandardCharsets.US_ASCII).strip();
        } catch (IOException unreadable) {
            return Optional.of("its PG_VERSION file cannot be read (" + unreadable.getMessage() + "); check the "
                    + "directory's permissions");
        }
        if (found.equals(shipped.get())) {
            return Optional.empty();
        }
        return Optional.of("the data directory was made by PostgreSQL " + found + ", and this Roster ships PostgreSQL "
                + shipped.get() + ", which cannot open it. Start the Roster version that made it and export the "
                + "roster (or pg_dump it), or choose another --data-dir");
    }

    /** The port asked for is taken by another program (0, any free port, never is). */
    static Optional<String> portInUse(int port) {
        if (port == 0) {
            return Optional.empty();
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return Optional.empty();
        } catch (BindException taken) {
            return Optional.of(
                    "port " + port + " on localhost is in use by another program; stop it or choose " + "another port");
        } catch (IOException other) {
            return Optional.of("port " + port + " on localhost cannot be listened on (" + other.getMessage() + ")");
        }
    }

    /**
     * As root, PostgreSQL (which refuses to run as root) is started in a user namespace; a machine that allows none
     * cannot start it at all.
     */
    static Optional<String> noUserNamespace(boolean asRoot) {
        if (!asRoot) {
            return Optional.empty();
        }
        try {
            Process unshare = new ProcessBuilder("unshare", "-U", "true")
                    .redirectErrorStream(true)
                    .start();
            String said;
            try (InputStream output = unshare.getInputStream()) {
                said = new String(output.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!unshare.waitFor(10, TimeUnit.SECONDS)) {
                unshare.destroyForcibly();
                return Optional.of(noNamespace("unshare -U did not return"));
            }
            return unshare.exitValue() == 0 ? Optional.empty() : Optional.of(noNamespace(said));
        } catch (IOException missing) {
            return Optional.of(noNamespace("unshare cannot be run: " + missing.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String noNamespace(String said) {
        return "PostgreSQL refuses to run as root, so Roster starts it in a user namespace (unshare -U), and this "
                + "machine does not allow them (" + said + "). Run Roster as an ordinary user, or allow user "
                + "namespaces (sysctl kernel.unprivileged_userns_clone=1; in a container, run it with them allowed)";
    }

    /** The major version of the PostgreSQL binaries the build shipped (15 of 15.18.0); empty if the build did not say. */
    static Optional<String> shippedMajorVersion() {
        try (InputStream resource = StartChecks.class.getResourceAsStream("embedded-postgres.properties")) {
            if (resource == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(resource);
            String version = properties.getProperty("binaries", "");
            return version.matches("\\d+(\\.\\d+)*") ? Optional.of(version.split("\\.")[0]) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
