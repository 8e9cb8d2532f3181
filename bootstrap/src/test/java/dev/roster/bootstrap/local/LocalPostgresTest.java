package dev.roster.bootstrap.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.roster.adapters.postgres.PostgresMigrations;
import dev.roster.adapters.postgres.PostgresPool;
import dev.roster.adapters.postgres.PostgresStorage;
import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.query.AccountView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsTheRosterAcrossARestartOnTheSameDataDirectory() {
        AccountView registered;
        try (LocalPostgres postgres = LocalPostgres.start(dataDir);
                HikariDataSource pool = PostgresPool.open(postgres.settings())) {
            assertThat(postgres.jdbcUrl()).endsWith(":" + postgres.port() + "/roster");
            PostgresMigrations.migrate(pool);
            registered = roster(pool)
                    .accounts()
                    .register(new RegisterAccountCommand("a", "김민지", "010-1234-5678", "minji", null, null, null));
        }

        try (LocalPostgres again = LocalPostgres.start(dataDir);
                HikariDataSource pool = PostgresPool.open(again.settings())) {
            assertThat(PostgresMigrations.migrate(pool))
                    .as("the schema is already there")
                    .isZero();
            assertThat(roster(pool)
                            .accounts()
                            .get("a", registered.account().id().value()))
                    .isEqualTo(registered);
            assertThat(again.dataDirectory()).isEqualTo(dataDir.toAbsolutePath().resolve("postgres"));
        }
    }

    @Test
    void writesDurablyUnlikeATestFixture() throws SQLException {
        try (LocalPostgres postgres = LocalPostgres.start(dataDir);
                HikariDataSource pool = PostgresPool.open(postgres.settings());
                Connection connection = pool.getConnection()) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "listen_addresses")).isEqualTo("localhost");
        }
    }

    @Test
    void refusesASecondServerOnADataDirectoryInUseAndSaysWhatToDo() {
        try (LocalPostgres first = LocalPostgres.start(dataDir)) {
            assertThatThrownBy(() -> LocalPostgres.start(dataDir))
                    .isInstanceOf(LocalPostgresException.class)
                    .hasMessageContaining(
                            dataDir.toAbsolutePath().resolve("postgres").toString())
                    .hasMessageContaining("Another Roster")
                    .hasMessageContaining("--store postgres --jdbc-url")
                    .hasMessageContaining("ROSTER_JDBC_URL");
            assertThat(first.port()).isPositive();
        }
    }

    @Test
    void saysWhyAndHowToUseAnExistingServerWhenItCannotStart() throws Exception {
        Path notADirectory = Files.writeString(dataDir.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> LocalPostgres.start(notADirectory))
                .isInstanceOf(LocalPostgresException.class)
                .hasMessageStartingWith("Could not start the embedded PostgreSQL with its data in "
                        + notADirectory.toAbsolutePath().resolve("postgres"))
                .hasMessageContaining("choose another --data-dir")
                .hasMessageContaining("--store postgres --jdbc-url jdbc:postgresql://")
                .hasMessageContaining("ROSTER_JDBC_URL");
    }

    @Test
    void blamesTheUserNamespaceOnlyForFailuresItCouldHaveCaused() {
        IllegalStateException initdb = new IllegalStateException("Process [unshare, -U, initdb] failed");

        String asRoot = LocalPostgres.explain(Path.of("/data/postgres"), initdb, true);
        String asUser = LocalPostgres.explain(Path.of("/data/postgres"), initdb, false);
        String lockedAsRoot = LocalPostgres.explain(
                Path.of("/data/postgres"), new IllegalStateException("could not lock the data directory"), true);

        assertThat(asRoot)
                .contains("Process [unshare, -U, initdb] failed")
                .contains("ROSTER_JDBC_URL")
                .contains("user namespace (unshare -U)");
        assertThat(asUser)
                .contains("Process [unshare, -U, initdb] failed")
                .contains("ROSTER_JDBC_URL")
                .doesNotContain("user namespace");
        assertThat(lockedAsRoot)
                .as("another Roster holds the directory: the namespace is not to blame")
                .contains("Another Roster is already running")
                .doesNotContain("user namespace");
    }

    private static Roster roster(HikariDataSource pool) {
        return Roster.builder().storage(PostgresStorage.create(pool)).build();
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
