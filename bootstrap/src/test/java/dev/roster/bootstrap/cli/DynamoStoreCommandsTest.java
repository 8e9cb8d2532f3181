package dev.roster.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.query.AccountView;
import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.bootstrap.serve.OpenedStore;
import dev.roster.bootstrap.serve.Stores;
import dev.roster.dynamodb.testserver.DynamoDbTestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * {@code roster migrate} and {@code --store dynamodb} against Roster's DynamoDB test server, as a developer would use
 * them (the README's way: the server on its own port, the CLI pointed at it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamoStoreCommandsTest {

    private final DynamoDbTestServer dynamo = DynamoDbTestServer.builder().start();
    private final String endpoint = dynamo.endpoint().toString();

    @AfterAll
    void stopTheTestServer() {
        dynamo.close();
    }

    @Test
    void migrateCreatesTheMissingTablesOnceAndTheStoreThenServes() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine roster = RosterCli.commandLine();
        roster.setOut(new PrintWriter(out, true));
        String[] migrate = {
            "migrate",
            "--store",
            "dynamodb",
            "--dynamodb-endpoint",
            endpoint,
            "--dynamodb-table-prefix",
            "cli-",
            "--log-format",
            "text"
        };

        assertThat(roster.execute(migrate)).isZero();
        assertThat(out.toString()).contains(" roster.migrate Created cli-");
        out.getBuffer().setLength(0);
        assertThat(roster.execute(migrate)).isZero();
        assertThat(out.toString().strip()).endsWith(" roster.migrate Every table was there already.");

        StoreOptions options = new CommandLine(new StoreOptions())
                .parseArgs("--store", "dynamodb", "--dynamodb-endpoint", endpoint, "--dynamodb-table-prefix", "cli-")
                .commandSpec()
                .commandLine()
                .getCommand();
        try (OpenedStore store = Stores.open(options)) {
            Roster onDynamo = Roster.builder().storage(store.storage()).build();
            AccountView registered = onDynamo.accounts()
                    .register(new RegisterAccountCommand("a", "김민지", "010-1234-5678", "minji", null, null, null));

            assertThat(onDynamo.accounts()
                            .get("a", registered.account().id().value())
                            .influencer()
                            .name()
                            .value())
                    .isEqualTo("김민지");
            assertThat(store.name()).isEqualTo("dynamodb");
        }
    }

    @Test
    void aMalformedEndpointIsNamedAsTheBadSetting() {
        StringWriter err = new StringWriter();
        CommandLine roster = RosterCli.commandLine();
        roster.setErr(new PrintWriter(err, true));

        assertThat(roster.execute("migrate", "--store", "dynamodb", "--dynamodb-endpoint", "localhost"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("roster: --dynamodb-endpoint (ROSTER_DYNAMODB_ENDPOINT):");
    }
}
