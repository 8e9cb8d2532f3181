package dev.roster.e2e;

import dev.roster.adapters.http.client.HttpExchange;
import dev.roster.adapters.http.client.JdkHttpExchange;
import dev.roster.adapters.http.routes.security.DevelopmentTokens;
import dev.roster.adapters.http.routes.security.JwtSettings;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.bootstrap.serve.EdgeSecurityFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The scenarios against {@code roster.jar serve --store postgres}, with bearer tokens required; each subclass picks
 * how requests reach the route table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PackagedServerOnPostgres extends ApiScenarios {

    private static final String SECRET = "end-to-end-secret-of-at-least-32-bytes!";

    private ServerProcess server;
    private String adminToken;

    /** Arguments of {@code roster serve} that choose the transport. */
    protected abstract List<String> transportArguments();

    @BeforeAll
    void startServer() throws Exception {
        String url = TestDatabase.jdbcUrl();
        List<String> arguments = Stream.concat(
                        Stream.of(
                                "--port",
                                "0",
                                "--data-dir",
                                Files.createTempDirectory("roster-e2e").toString(),
                                "--store",
                                "postgres",
                                "--jdbc-url",
                                url,
                                "--jdbc-user",
                                TestDatabase.user(),
                                "--jdbc-password",
                                TestDatabase.password(),
                                "--auth-secret",
                                SECRET),
                        transportArguments().stream())
                .toList();
        server = ServerProcess.start(arguments, Duration.ofSeconds(60));
        adminToken = new DevelopmentTokens(
                        new JwtSettings(EdgeSecurityFactory.LOCAL_ISSUER, null, null, SECRET), Clock.systemUTC())
                .issue("e2e", Role.ADMIN, Duration.ofHours(1));
    }

    @AfterAll
    void stopServer() throws Exception {
        server.stop(Duration.ofSeconds(20));
    }

    @Override
    protected HttpExchange exchange() {
        return new JdkHttpExchange(server.url(), Duration.ofSeconds(20));
    }

    @Override
    protected String adminToken() {
        return adminToken;
    }
}
