package dev.roster.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.JsonLinesRequestLog;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.GatewayClaimsAuthenticator;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.TokenFactory;
import dev.roster.adapters.lambda.api.ApiGatewayHandler;
import dev.roster.adapters.lambda.api.OversizedResponses;
import dev.roster.application.Roster;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryPorts;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.e2e.ServerProcess;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tokens that are genuine but not for this API: a Cognito ID token, and an access token issued to another app client.
 * Against the packaged server checking tokens against a JWKS, and against the Lambda handler behind API Gateway's
 * authorizer (which takes both kinds): each is refused, nothing is written, and the server still serves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenAttacksIT {

    private static final String REGISTER = "{\"name\":\"Token\",\"phone\":\"010-1234-5678\",\"handle\":\"token\"}";

    private final HttpClient http = HttpClient.newHttpClient();
    private RSAKey key;
    private HttpServer jwks;
    private ServerProcess server;

    @BeforeAll
    void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("pool-key").generate();
        byte[] published = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/.well-known/jwks.json", exchange -> {
            exchange.sendResponseHeaders(200, published.length);
            exchange.getResponseBody().write(published);
            exchange.close();
        });
        jwks.start();
        server = ServerProcess.start(
                List.of(
                        "--port",
                        "0",
                        "--data-dir",
                        Files.createTempDirectory("roster-token-attacks").toString(),
                        "--auth-issuer",
                        TokenFactory.ISSUER,
                        "--auth-audience",
                        TokenFactory.AUDIENCE,
                        "--auth-jwks-url",
                        "http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json"),
                Duration.ofSeconds(90));
    }

    @AfterAll
    void stop() throws Exception {
        server.stop(Duration.ofSeconds(20));
        jwks.stop(0);
    }

    @Test
    void theServerRefusesAnIdTokenAndATokenForAnotherAppClient() throws Exception {
        String idToken = signed(TokenFactory.idTokenClaims("admin").build());
        String otherClient = signed(
                TokenFactory.claims("admin").claim("client_id", "another-app").build());

        for (String token : List.of(idToken, otherClient)) {
            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(url("/api/platforms/a/accounts"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(REGISTER))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
        }

        String viewer = signed(TokenFactory.claims("viewer").build());
        HttpResponse<String> accounts = http.send(
                HttpRequest.newBuilder(url("/api/platforms/a/accounts"))
                        .header("Authorization", "Bearer " + viewer)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accounts.statusCode())
                .as("an access token for this client is taken")
                .isEqualTo(200);
        assertThat(accounts.body()).startsWith("{\"items\":[]");
    }

    @Test
    void theLambdaHandlerRefusesAnIdTokenTheGatewayLetThrough() {
        InMemoryStorage storage = new InMemoryStorage();
        InMemoryFileStore files = new InMemoryFileStore(Clock.systemUTC());
        Roster roster = InMemoryPorts.everyCapability(storage).files(files).build();
        JsonCodec json = new JsonCodec();
        ApiGatewayHandler handler = new ApiGatewayHandler(
                new HttpApi(
                        RosterApi.routes(roster, "memory", json),
                        new EdgeSecurity(
                                IpAllowlist.parse("0.0.0.0/0"),
                                new ClientAddresses(IpAllowlist.parse("")),
                                new GatewayClaimsAuthenticator()),
                        json,
                        new JsonLinesRequestLog(new PrintStream(PrintStream.nullOutputStream()), json),
                        Clock.systemUTC()),
                new OversizedResponses(files),
                json);

        int idToken = handler.handleRequest(event("POST", REGISTER, "id"), null).getStatusCode();
        int access = handler.handleRequest(event("GET", null, "access"), null).getStatusCode();

        assertThat(idToken).isEqualTo(401);
        assertThat(access).isEqualTo(200);
        assertThat(roster.accounts()
                        .search(new dev.roster.application.account.SearchAccountsCommand(
                                "a", null, null, null, null, 10, null))
                        .items())
                .isEmpty();
    }

    private static APIGatewayV2HTTPEvent event(String method, String body, String tokenUse) {
        Map<String, String> claims = new HashMap<>(Map.of(
                "sub", "someone", "token_use", tokenUse, "cognito:groups", "[admin]", "aud", TokenFactory.AUDIENCE));
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath("/api/platforms/a/accounts")
                .withHeaders(body == null ? Map.of() : Map.of("content-type", "application/json"))
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath("/api/platforms/a/accounts")
                                .withSourceIp("203.0.113.7")
                                .build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT
                                        .builder()
                                        .withClaims(claims)
                                        .build())
                                .build())
                        .build())
                .build();
    }

    private String signed(JWTClaimsSet claims) {
        try {
            return TokenFactory.sign(claims, JWSAlgorithm.RS256, new RSASSASigner(key));
        } catch (com.nimbusds.jose.JOSEException unsignable) {
            throw new IllegalStateException(unsignable);
        }
    }

    private URI url(String path) {
        return server.url().resolve(path);
    }
}
