package dev.roster.bootstrap.signin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.bootstrap.config.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sign-ins {@code roster login} keeps, one per server, in a JSON file only its owner may read or write: created
 * {@code 0600} in a directory created {@code 0700}, replaced whole (write beside, then rename) so a reader never sees
 * half a file, and refused when others may read it, as ssh refuses such a key.
 */
public final class CredentialsFile {

    private static final String FLAG = "--credentials-file";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path path;
    private final ObjectMapper json = new ObjectMapper();
    private final boolean posix =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    public CredentialsFile(Path path) {
        this.path = path;
    }

    /**
     * The file named by {@code --credentials-file}, or where the user's configuration lives: {@code
     * $XDG_CONFIG_HOME/roster/credentials.json}, else {@code ~/.config/roster/credentials.json} (on Windows {@code
     * %APPDATA%\roster\credentials.json}).
     *
     * @throws ConfigurationException naming {@code --credentials-file} when it names a directory
     */
    public static CredentialsFile of(String given, Map<String, String> environment, String home, String osName) {
        Path path;
        if (given != null && !given.isBlank()) {
            path = Path.of(given.strip());
        } else if (present(environment.get("XDG_CONFIG_HOME"))) {
            path = Path.of(environment.get("XDG_CONFIG_HOME"), "roster", "credentials.json");
        } else if (osName.toLowerCase(Locale.ROOT).startsWith("windows") && present(environment.get("APPDATA"))) {
            path = Path.of(environment.get("APPDATA"), "roster", "credentials.json");
        } else {
            path = Path.of(home, ".config", "roster", "credentials.json");
        }
        if (Files.isDirectory(path)) {
            throw new ConfigurationException(FLAG, "is a directory, not a file: " + path);
        }
        return new CredentialsFile(path);
    }

    /** The file the process's own environment names (see {@link #of(String, Map, String, String)}). */
    public static CredentialsFile of(String given) {
        return of(given, System.getenv(), System.getProperty("user.home"), System.getProperty("os.name"));
    }

    public Path path() {
        return path;
    }

    /**
     * The one name of a server, whichever way it was typed: {@code HTTPS://Roster.example.com/} and {@code
     * https://roster.example.com} are one server.
     */
    public static String key(URI server) {
        String scheme = server.getScheme().toLowerCase(Locale.ROOT);
        String host = server.getHost().toLowerCase(Locale.ROOT);
        int port = server.getPort();
        boolean defaultPort =
                port < 0 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        String path = server.getRawPath() == null ? "" : server.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + (defaultPort ? "" : ":" + port) + path;
    }

    /** The sign-in kept for the server, if any. */
    public synchronized Optional<Credentials> read(String server) {
        JsonNode entry = readAll().path("servers").path(server);
        if (!entry.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Credentials(
                    server,
                    URI.create(entry.path("tokenUrl").asText()),
                    entry.path("clientId").asText(),
                    entry.path("refreshToken").asText(),
                    entry.path("accessToken").asText(),
                    Instant.parse(entry.path("accessTokenExpiresAt").asText()),
                    entry.path("signedInAs").isTextual()
                            ? entry.path("signedInAs").asText()
                            : null));
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException damaged) {
            throw new ConfigurationException(
                    FLAG, path + " holds a damaged sign-in for " + server + ": run roster login --server " + server);
        }
    }

    /** Keeps the sign-in, replacing the one for the same server. */
    public synchronized void save(Credentials credentials) {
        ObjectNode all = readAll();
        ObjectNode entry = all.withObjectProperty("servers").putObject(credentials.server());
        entry.put("tokenUrl", credentials.tokenUrl().toString());
        entry.put("clientId", credentials.clientId());
        entry.put("refreshToken", credentials.refreshToken());
        entry.put("accessToken", credentials.accessToken());
        entry.put("accessTokenExpiresAt", credentials.accessTokenExpiresAt().toString());
        if (credentials.signedInAs() != null) {
            entry.put("signedInAs", credentials.signedInAs());
        }
        write(all);
    }

    /** Forgets the sign-in for the server; the file goes when it holds none. Whether there was one. */
    public synchronized boolean remove(String server) {
        ObjectNode all = readAll();
        JsonNode servers = all.path("servers");
        if (!(servers instanceof ObjectNode kept) || kept.remove(server) == null) {
            return false;
        }
        try {
            if (kept.isEmpty()) {
                Files.deleteIfExists(path);
            } else {
                write(all);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("could not change " + path + ": " + failed.getMessage(), failed);
        }
        return true;
    }

    private ObjectNode readAll() {
        if (!Files.exists(path)) {
            return json.createObjectNode();
        }
        try {
            if (posix) {
                Set<PosixFilePermission> others = Files.getPosixFilePermissions(path);
                others.removeAll(OWNER_FILE);
                others.remove(PosixFilePermission.OWNER_EXECUTE);
                if (!others.isEmpty()) {
                    throw new ConfigurationException(
                            FLAG,
                            path + " may be read or changed by other users ("
                                    + PosixFilePermissions.toString(Files.getPosixFilePermissions(path))
                                    + "): it holds a sign-in, so chmod 600 it (or delete it and sign in again)");
                }
            }
            JsonNode read = json.readTree(Files.readString(path, StandardCharsets.UTF_8));
            if (read instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException unreadable) {
            // Told below.
        } catch (IOException failed) {
            throw new UncheckedIOException("could not read " + path + ": " + failed.getMessage(), failed);
        }
        throw new ConfigurationException(
                FLAG, path + " is not a credentials file Roster wrote: delete it, then run roster login again");
    }

    private void write(ObjectNode all) {
        try {
            Path directory = path.toAbsolutePath().getParent();
            if (!Files.isDirectory(directory)) {
                if (posix) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
                } else {
                    Files.createDirectories(directory);
                }
            }
            FileAttribute<?>[] ownerOnly = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                    : new FileAttribute<?>[0];
            Path beside = Files.createTempFile(directory, ".credentials-", ".tmp", ownerOnly);
            try {
                Files.writeString(beside, json.writerWithDefaultPrettyPrinter().writeValueAsString(all) + "\n");
                Files.move(beside, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(beside);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("could not write " + path + ": " + failed.getMessage(), failed);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
