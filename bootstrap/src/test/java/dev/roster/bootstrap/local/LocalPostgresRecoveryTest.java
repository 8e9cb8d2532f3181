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
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the embedded store finds after a Roster that did not stop cleanly, and what it says when it cannot start. */
class LocalPostgresRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void stopsThePostgresAKilledRosterLeftRunningAndStartsWithinSeconds() throws Exception {
        AccountView registered;
        try (LocalPostgres postgres = LocalPostgres.start(dataDir);
                HikariDataSource pool = PostgresPool.open(postgres.settings())) {
            PostgresMigrations.migrate(pool);
            registered = roster(pool)
                    .accounts()
                    .register(new RegisterAccountCommand("a", "김민지", "010-1234-5678", "minji", null, null, null));
        }
        Process killed = startInAnotherJvm();
        long orphan = postmasterPid();
        killed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("PostgreSQL outlives a killed JVM")
                .contains(true);

        long started = System.nanoTime();
        try (LocalPostgres again = LocalPostgres.start(dataDir);
                HikariDataSource pool = PostgresPool.open(again.settings())) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
            assertThat(again.recovered())
                    .hasValueSatisfying(
                            note -> assertThat(note).contains("stopped the embedded PostgreSQL (pid " + orphan + ")"));
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            assertThat(roster(pool)
                            .accounts()
                            .get("a", registered.account().id().value()))
                    .isEqualTo(registered);
        }
    }

    @Test
    void removesALockFileWhosePidNowBelongsToAnotherProgramAndLeavesThatProgramAlone() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(dataDir)) {
            assertThat(postgres.recovered()).isEmpty();
        }
        Process bystander = new ProcessBuilder("sleep", "60").start();
        try {
            Path pgData = dataDir.toAbsolutePath().resolve("postgres");
            Files.writeString(pgData.resolve("postmaster.pid"), bystander.pid() + "\n" + pgData + "\n0\n5432\n");

            try (LocalPostgres again = LocalPostgres.start(dataDir)) {
                assertThat(again.recovered())
                        .hasValueSatisfying(note -> assertThat(note)
                                .contains("removed the stale lock file")
                                .contains(Long.toString(bystander.pid())));
                assertThat(bystander.isAlive())
                        .as("not our PostgreSQL: left alone")
                        .isTrue();
            }
        } finally {
            bystander.destroyForcibly();
        }
    }

    @Test
    void namesADataDirectoryOfAnotherPostgresVersion() throws Exception {
        Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(pgData.resolve("PG_VERSION"), "9\n");

        assertThatThrownBy(() -> LocalPostgres.start(dataDir))
                .isInstanceOf(LocalPostgresException.class)
                .hasMessageContaining("made by PostgreSQL 9")
                .hasMessageContaining(
                        "ships PostgreSQL " + StartChecks.shippedMajorVersion().orElseThrow())
                .hasMessageContaining("ROSTER_JDBC_URL");
    }

    @Test
    void namesAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LocalPostgres.start(dataDir, taken.getLocalPort()))
                    .isInstanceOf(LocalPostgresException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " on localhost is in use")
                    .hasMessageContaining("ROSTER_JDBC_URL");
        }
        try (LocalPostgres started = LocalPostgres.start(dataDir)) {
            assertThat(started.port()).as("the lock is let go after a refusal").isPositive();
        }
    }

    @Test
    void namesTheProcessHoldingTheDataDirectory() {
        try (LocalPostgres first = LocalPostgres.start(dataDir)) {
            assertThatThrownBy(() -> LocalPostgres.start(dataDir))
                    .isInstanceOf(LocalPostgresException.class)
                    .hasMessageContaining("Another Roster is already running on this data directory (process "
                            + ProcessHandle.current().pid() + ")");
        }
    }

    private Process startInAnotherJvm() throws Exception {
        Process process = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KeepsPostgresRunning.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            said.append(line).append('\n');
            if (line.startsWith("started on ")) {
                return process;
            }
        }
        throw new IllegalStateException("the other JVM did not start its PostgreSQL:\n" + said);
    }

    private long postmasterPid() throws Exception {
        List<String> lines = Files.readAllLines(dataDir.toAbsolutePath().resolve("postgres/postmaster.pid"));
        return Long.parseLong(lines.get(0).strip());
    }

    private static Roster roster(HikariDataSource pool) {
        return Roster.builder().storage(PostgresStorage.create(pool)).build();
    }
}
