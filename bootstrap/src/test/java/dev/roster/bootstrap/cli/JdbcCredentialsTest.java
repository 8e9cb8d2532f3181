package dev.roster.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.e2e.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL credentials in the JDBC URL ({@code ?user=&password=}, as the README allows), apart, or both, against the
 * real PostgreSQL of the tests, through {@code roster migrate}, which logs in exactly as {@code serve} does.
 */
class JdbcCredentialsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void credentialsInTheUrlWork() {
        int exit = migrate("--jdbc-url", urlWith(TestDatabase.user(), TestDatabase.password()));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains(" roster.migrate Up to date: PostgreSQL at " + TestDatabase.jdbcUrl() + " as "
                        + TestDatabase.user());
        assertThat(out + err.toString()).doesNotContain("password=");
    }

    @Test
    void separateCredentialsWork() {
        int exit = migrate(
                "--jdbc-url",
                TestDatabase.jdbcUrl(),
                "--jdbc-user",
                TestDatabase.user(),
                "--jdbc-password",
                TestDatabase.password());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains(" as " + TestDatabase.user());
    }

    @Test
    void bothTogetherTheSeparateOnesWinAndItSaysSo() {
        int exit = migrate(
                "--jdbc-url",
                urlWith("somebody-else", "not-the-password"),
                "--jdbc-user",
                TestDatabase.user(),
                "--jdbc-password",
                TestDatabase.password());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("--jdbc-user (ROSTER_JDBC_USER) wins over the user in --jdbc-url")
                .contains("--jdbc-password (ROSTER_JDBC_PASSWORD) wins over the password in --jdbc-url")
                .doesNotContain("not-the-password");
    }

    @Test
    void aWrongPasswordIsABadSettingToldInOneLineWithoutThePassword() {
        int exit = migrate("--jdbc-url", urlWith(TestDatabase.user(), "wrong-password-42"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("roster: --jdbc-user/--jdbc-password")
                .contains("refused")
                .doesNotContain("wrong-password-42");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void noUserAnywhereIsNamed() {
        int exit = migrate("--jdbc-url", TestDatabase.jdbcUrl());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("roster: --jdbc-user (ROSTER_JDBC_USER): is required");
    }

    private static String urlWith(String user, String password) {
        String url = TestDatabase.jdbcUrl();
        return url + (url.contains("?") ? "&" : "?") + "user=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private int migrate(String... settings) {
        // Text lines, as a person at a terminal reads them (CommandLogLinesIT holds the JSON ones).
        String[] args = new String[settings.length + 5];
        args[0] = "migrate";
        args[1] = "--store";
        args[2] = "postgres";
        args[3] = "--log-format";
        args[4] = "text";
        System.arraycopy(settings, 0, args, 5, settings.length);
        var roster = RosterCli.commandLine();
        roster.setOut(new PrintWriter(out, true));
        roster.setErr(new PrintWriter(err, true));
        return roster.execute(args);
    }
}
