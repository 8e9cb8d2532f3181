package dev.roster.bootstrap.config;

import java.nio.file.Path;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** Where Roster keeps its data: the embedded PostgreSQL by default, or a PostgreSQL or DynamoDB of yours. */
public final class StoreOptions {

    /** The stores Roster can run on. */
    public enum Kind { EMBEDDED, POSTGRES, DYNAMODB }

    @Option(names = "--store", defaultValue = "${env:ROSTER_STORE:-embedded}",
            description = "embedded (a PostgreSQL under --data-dir), postgres (--jdbc-url) or dynamodb "
                    + "(ROSTER_STORE). Default: ${DEFAULT-VALUE}.")
    public String store;

    @Option(names = "--data-dir", defaultValue = "${env:ROSTER_DATA_DIR:-roster-data}",
            description = "Where the embedded store and local files live (ROSTER_DATA_DIR). Default: ${DEFAULT-VALUE}.")
    public Path dataDir;

    @Option(names = "--jdbc-url", defaultValue = "${env:ROSTER_JDBC_URL}",
            description = "PostgreSQL to use with --store postgres, e.g. jdbc:postgresql://db:5432/roster (ROSTER_JDBC_URL).")
    public String jdbcUrl;

    @Option(names = "--jdbc-user", defaultValue = "${env:ROSTER_JDBC_USER}",
            description = "PostgreSQL user, unless the URL names one (ROSTER_JDBC_USER).")
    public String jdbcUser;

    @Option(names = "--jdbc-password", defaultValue = "${env:ROSTER_JDBC_PASSWORD}", showDefaultValue = Visibility.NEVER,
            description = "PostgreSQL password, unless the URL holds one (ROSTER_JDBC_PASSWORD).")
    public String jdbcPassword;

    @Option(names = "--dynamodb-endpoint", defaultValue = "${env:ROSTER_DYNAMODB_ENDPOINT}",
            description = "DynamoDB endpoint with --store dynamodb, e.g. http://127.0.0.1:8000 for Roster's DynamoDB "
                    + "test server (java -jar dynamodb-test-server.jar); AWS's when unset (ROSTER_DYNAMODB_ENDPOINT).")
    public String dynamoDbEndpoint;

    @Option(names = "--dynamodb-region", defaultValue = "${env:ROSTER_DYNAMODB_REGION:-ap-northeast-2}",
            description = "AWS region of the DynamoDB tables (ROSTER_DYNAMODB_REGION). Default: ${DEFAULT-VALUE}.")
    public String dynamoDbRegion;

    @Option(names = "--dynamodb-table-prefix", defaultValue = "${env:ROSTER_DYNAMODB_TABLE_PREFIX:-roster-}",
            description = "Prefix of the DynamoDB table names (ROSTER_DYNAMODB_TABLE_PREFIX). Default: ${DEFAULT-VALUE}.")
    public String dynamoDbTablePrefix;

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
