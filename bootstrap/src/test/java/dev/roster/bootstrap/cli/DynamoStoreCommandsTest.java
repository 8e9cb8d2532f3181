package dev.roster.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.query.AccountView;
import dev.roster.bootstrap.config.StoreOptions;
import dev.roster.bootstrap.serve.OpenedStore;
import dev.roster.bootstrap.serve.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code roster migrate} and {@code --store dynamodb} against DynamoDB Local, as a developer would use them. */
class DynamoStoreCommandsTest {

    private static DynamoDBProxyServer dynamo;
    private static String endpoint;

    @BeforeAll
    static void startDynamoLocal() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        dynamo = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        dynamo.start();
        endpoint = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stopDynamoLocal() throws Exception {
        dynamo.stop();
    }

    @Test
    void migrateCreatesTheMissingTablesOnceAndTheStoreThenServes() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine roster = RosterCli.commandLine();
        roster.setOut(new PrintWriter(out, true));
        String[] migrate = {"migrate", "--store", "dynamodb", "--dynamodb-endpoint", endpoint,
            "--dynamodb-table-prefix", "cli-"};

        assertThat(roster.execute(migrate)).isZero();
        assertThat(out.toString()).startsWith("Created cli-");
        out.getBuffer().setLength(0);
        assertThat(roster.execute(migrate)).isZero();
        assertThat(out.toString().strip()).isEqualTo("Every table was there already.");

        StoreOptions options = new CommandLine(new StoreOptions()).parseArgs("--store", "dynamodb",
                "--dynamodb-endpoint", endpoint, "--dynamodb-table-prefix", "cli-").commandSpec().commandLine()
                .getCommand();
        try (OpenedStore store = Stores.open(options)) {
            Roster onDynamo = Roster.builder().storage(store.storage()).build();
            AccountView registered = onDynamo.accounts().register(
                    new RegisterAccountCommand("a", "김민지", "010-1234-5678", "minji", null, null, null));

            assertThat(onDynamo.accounts().get("a", registered.account().id().value()).influencer().name().value())
                    .isEqualTo("김민지");
            assertThat(store.name()).isEqualTo("dynamodb");
        }
    }

    @Test
    void aMalformedEndpointIsNamedAsTheBadSetting() {
        StringWriter err = new StringWriter();
        CommandLine roster = RosterCli.commandLine();
        roster.setErr(new PrintWriter(err, true));

        assertThat(roster.execute("migrate", "--store", "dynamodb", "--dynamodb-endpoint", "localhost")).isEqualTo(2);
        assertThat(err.toString()).startsWith("roster: --dynamodb-endpoint (ROSTER_DYNAMODB_ENDPOINT):");
    }
}
