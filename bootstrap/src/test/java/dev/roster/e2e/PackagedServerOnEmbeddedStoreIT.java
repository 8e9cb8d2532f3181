package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.http.client.HttpExchange;
import dev.roster.adapters.http.client.JdkHttpExchange;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scenarios against {@code roster.jar serve} with no settings but a data directory: the embedded PostgreSQL, open
 * on loopback. Then what a user of the default notices on restart: the data is still there.
 */
class PackagedServerOnEmbeddedStoreIT extends ApiScenarios {

    private static Path dataDir;
    private static ServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        dataDir = Files.createTempDirectory("roster-embedded");
        server = start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop(Duration.ofSeconds(20));
    }

    @Override
    protected HttpExchange exchange() {
        return new JdkHttpExchange(server.url(), Duration.ofSeconds(20));
    }

    @Override
    protected String adminToken() {
        return null;
    }

    @Test
    void stopsOnRequestAndKeepsEverythingForTheNextStart() throws Exception {
        AccountDto kept = client.register(
                "b", new RegisterAccountRequest("재시작", "010-3141-5926", "restart.me", null, null, null));

        assertThat(server.stop(Duration.ofSeconds(20)))
                .as("exit code after SIGTERM")
                .isIn(0, 143);
        server = start();

        RosterClient again = new RosterClient(exchange(), JSON, null);
        assertThat(again.account("b", kept.id()).handle()).isEqualTo("restart.me");
        assertThat(server.output()).anyMatch(line -> line.contains("embedded PostgreSQL"));
    }

    private static ServerProcess start() throws Exception {
        return ServerProcess.start(List.of("--port", "0", "--data-dir", dataDir.toString()), Duration.ofSeconds(90));
    }
}
