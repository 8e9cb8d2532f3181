package dev.roster.bootstrap.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** Where Roster keeps its data: the embedded PostgreSQL by default, or a PostgreSQL or DynamoDB of yours. */
public final class StoreOptions {

    /** The stores Roster can run on. */
    public enum Kind {
        EMBEDDED,
        POSTGRES,
        DYNAMODB
    }

    @Option(
            names = "--store",
            defaultValue = "${env:ROSTER_STORE:-embedded}",
            description = "embedded (a PostgreSQL under --data-dir), postgres (--jdbc-url) or dynamodb "
                    + "(ROSTER_STORE). Default: ${DEFAULT-VALUE}.")
    public String store;

    @Option(
            names = "--data-dir",
            defaultValue = "${env:ROSTER_DATA_DIR:-roster-data}",
            description = "Where the embedded store and local files live (ROSTER_DATA_DIR). Default: ${DEFAULT-VALUE}.")
    public Path dataDir;

    @Option(
            names = "--jdbc-url",
            defaultValue = "${env:ROSTER_JDBC_URL}",
            description =
                    "PostgreSQL to use with --store postgres, e.g. jdbc:postgresql://db:5432/roster (ROSTER_JDBC_URL).")
    public String jdbcUrl;

    @Option(
            names = "--jdbc-user",
            defaultValue = "${env:ROSTER_JDBC_USER}",
            description = "PostgreSQL user, unless the URL names one (ROSTER_JDBC_USER).")
    public String jdbcUser;

    @Option(
            names = "--jdbc-password",
            defaultValue = "${env:ROSTER_JDBC_PASSWORD}",
            showDefaultValue = Visibility.NEVER,
            description = "PostgreSQL password, unless the URL holds one (ROSTER_JDBC_PASSWORD).")
    public String jdbcPassword;

    @Option(
            names = "--dynamodb-endpoint",
            defaultValue = "${env:ROSTER_DYNAMODB_ENDPOINT}",
            description = "DynamoDB endpoint with --store dynamodb, e.g. http://127.0.0.1:8000 for Roster's DynamoDB "
                    + "test server (java -jar dynamodb-test-server.jar); AWS's when unset (ROSTER_DYNAMODB_ENDPOINT).")
    public String dynamoDbEndpoint;

    @Option(
            names = "--dynamodb-region",
            defaultValue = "${env:ROSTER_DYNAMODB_REGION:-ap-northeast-2}",
            description = "AWS region of the DynamoDB tables (ROSTER_DYNAMODB_REGION). Default: ${DEFAULT-VALUE}.")
    public String dynamoDbRegion;

    @Option(
            names = "--dynamodb-table-prefix",
            defaultValue = "${env:ROSTER_DYNAMODB_TABLE_PREFIX:-roster-}",
            description =
                    "Prefix of the DynamoDB table names (ROSTER_DYNAMODB_TABLE_PREFIX). Default: ${DEFAULT-VALUE}.")
    public String dynamoDbTablePrefix;

    /** An AWS region's name, e.g. ap-northeast-2 or us-gov-west-1. */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");
    /** What DynamoDB allows in a table's name; the prefix leaves room for the longest of Roster's own. */
    private static final Pattern TABLE_PREFIX = Pattern.compile("[A-Za-z0-9_.-]{0,200}");

    /**
     * Checks every store setting that was given, whichever store is asked for: a typo in a setting the chosen store
     * does not use is still a typo, and is told rather than ignored.
     *
     * @throws ConfigurationException naming the first bad setting
     */
    public void check() {
        kind();
        checkDataDir();
        if (jdbcUrl != null) {
            JdbcLogin.checkedUrl(jdbcUrl);
        }
        if (jdbcUser != null && jdbcUser.isBlank()) {
            throw new ConfigurationException("--jdbc-user", "is empty: give a PostgreSQL role, or leave it unset");
        }
        if (dynamoDbEndpoint != null && !dynamoDbEndpoint.isBlank()) {
            checkEndpoint();
        }
        if (dynamoDbRegion == null || !REGION.matcher(dynamoDbRegion.strip()).matches()) {
            throw new ConfigurationException(
                    "--dynamodb-region", "must be an AWS region such as ap-northeast-2, not '" + dynamoDbRegion + "'");
        }
        if (dynamoDbTablePrefix == null
                || !TABLE_PREFIX.matcher(dynamoDbTablePrefix).matches()) {
            throw new ConfigurationException(
                    "--dynamodb-table-prefix",
                    "may hold only letters, digits, _ . and - " + "(at most 200), not '" + dynamoDbTablePrefix + "'");
        }
    }

    /** The PostgreSQL login of {@code --store postgres}: URL and credentials, the URL's or the separate ones. */
    public JdbcLogin jdbcLogin() {
        return JdbcLogin.of(jdbcUrl, jdbcUser, jdbcPassword);
    }

    private URI checkEndpoint() {
        try {
            URI endpoint = new URI(dynamoDbEndpoint.strip());
            if (("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
                    && endpoint.getHost() != null) {
                return endpoint;
            }
        } catch (java.net.URISyntaxException malformed) {
            // Told below.
        }
        throw new ConfigurationException(
                "--dynamodb-endpoint", "must be a URL such as http://localhost:8000, not '" + dynamoDbEndpoint + "'");
    }

    private void checkDataDir() {
        if (dataDir == null || dataDir.toString().isBlank()) {
            throw new ConfigurationException("--data-dir", "is empty");
        }
        Path absolute = dataDir.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new ConfigurationException("--data-dir", "is a file, not a directory: " + dataDir);
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new ConfigurationException("--data-dir", "cannot be created or written: " + dataDir);
        }
    }

    /** The store asked for. */
    public Kind kind() {
        for (Kind kind : Kind.values()) {
            if (kind.name().equalsIgnoreCase(store == null ? "" : store.strip())) {
                return kind;
            }
        }
        throw new ConfigurationException("--store", "must be embedded, postgres or dynamodb, not '" + store + "'");
    }
}
