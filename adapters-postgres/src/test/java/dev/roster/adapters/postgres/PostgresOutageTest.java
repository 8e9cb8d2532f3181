package dev.roster.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.error.UnavailableException;
import dev.roster.application.query.AccountView;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server of its own (embedded PostgreSQL binaries) that the test really stops and starts again: while it is down
 * every request is answered "unavailable", and once it is back the same store carries on with its data intact.
 */
class PostgresOutageTest {

    @TempDir
    Path dataDirectory;

    @Test
    void answersUnavailableWhileTheServerIsDownAndCarriesOnOnceItIsBack() throws IOException {
        int port = freePort();
        EmbeddedPostgres server = start(port);
        try (HikariDataSource pool = PostgresPool.open(new PostgresSettings(
                server.getJdbcUrl("postgres", "postgres"), "postgres", null, 4, Duration.ofSeconds(1)))) {
            PostgresMigrations.migrate(pool);
            Roster roster =
                    Roster.builder().storage(PostgresStorage.create(pool)).build();
            AccountView before = register(roster, "before");

            server.close();
            assertThatThrownBy(() ->
                            roster.accounts().get("a", before.account().id().value()))
                    .isInstanceOf(UnavailableException.class);
            assertThatThrownBy(() -> register(roster, "while.down"))
                    .isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("did not answer");

            server = start(port);
            assertThat(roster.accounts().get("a", before.account().id().value()))
                    .isEqualTo(before);
            register(roster, "after");
            assertThat(roster.accounts()
                            .search(new SearchAccountsCommand("a", null, null, null, "handle", null, null))
                            .items())
                    .extracting(view -> view.account().handle().value())
                    .containsExactly("after", "before");

            // Restarted while nobody asked anything: the pool's idle connections are stale, yet the next request works.
            server.close();
            server = start(port);
            assertThat(register(roster, "after.quiet.restart")
                            .account()
                            .handle()
                            .value())
                    .isEqualTo("after.quiet.restart");
        } finally {
            server.close();
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static AccountView register(Roster roster, String handle) {
        return roster.accounts()
                .register(new RegisterAccountCommand(
                        "a",
                        "Outage " + handle,
                        "010-3000-" + (1000 + Math.abs(handle.hashCode() % 9000)),
                        handle,
                        null,
                        null,
                        null));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
