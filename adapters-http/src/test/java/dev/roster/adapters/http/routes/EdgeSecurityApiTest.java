package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import dev.roster.adapters.http.routes.security.GatewayClaimsAuthenticator;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.JwtAuthenticator;
import dev.roster.adapters.http.routes.security.JwtSettings;
import dev.roster.adapters.http.routes.security.TokenFactory;
import dev.roster.application.query.AccountQuery;
import dev.roster.domain.platform.PlatformCode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EdgeSecurityApiTest {

    private static final String REGISTER = "{\"name\":\"Kim\",\"phone\":\"010-1234-5678\",\"handle\":\"kim\"}";

    @Nested
    class WithBearerTokensSignedByASecret extends ApiFixture {

        WithBearerTokensSignedByASecret() {
            super(
                    IpAllowlist.parse("203.0.113.0/24,2001:db8::/32"),
                    IpAllowlist.parse("10.0.0.0/8"),
                    new JwtAuthenticator(
                            new JwtSettings(TokenFactory.ISSUER, TokenFactory.AUDIENCE, null, TokenFactory.SECRET)));
        }

        @Test
        void refusesAnAddressOutsideTheAllowlistBeforeAnythingElse() {
            Reply refused = call(
                    "POST",
                    "/api/platforms/a/accounts",
                    REGISTER.getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "application/json", "Authorization", bearer("admin")),
                    "198.51.100.1");

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("type").asText()).isEqualTo("urn:roster:problem:forbidden");
            assertThat(call("GET", "/api/health", null, Map.of(), "198.51.100.1")
                            .status())
                    .isEqualTo(403);
            assertThat(storedAccounts()).isZero();
        }

        @Test
        void believesForwardedForOnlyFromTrustedProxies() {
            Map<String, String> spoofed = Map.of("X-Forwarded-For", "203.0.113.5");

            assertThat(call("GET", "/api/health", null, spoofed, "198.51.100.1").status())
                    .isEqualTo(403);
            assertThat(call("GET", "/api/health", null, spoofed, "10.1.1.1").status())
                    .isEqualTo(200);
            assertThat(call("GET", "/api/health", null, Map.of("X-Forwarded-For", "198.51.100.1"), "10.1.1.1")
                            .status())
                    .isEqualTo(403);
            assertThat(call("GET", "/api/health", null, Map.of(), "2001:db8::42")
                            .status())
                    .isEqualTo(200);
        }

        @Test
        void asksForATokenWhereOneIsNeeded() {
            Reply anonymous = from("GET", "/api/platforms", null, Map.of());

            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(from("GET", "/api/health", null, Map.of()).status()).isEqualTo(200);
            assertThat(from("GET", "/api/openapi.json", null, Map.of()).status())
                    .isEqualTo(200);
        }

        @Test
        void letsEachRoleDoWhatItMayAndNoMore() {
            assertThat(as("viewer", "GET", "/api/platforms/a/accounts", null).status())
                    .isEqualTo(200);
            assertThat(as("viewer", "POST", "/api/platforms/a/accounts", REGISTER)
                            .status())
                    .isEqualTo(403);
            Reply created = as("editor", "POST", "/api/platforms/a/accounts", REGISTER);
            assertThat(created.status()).isEqualTo(201);
            String account =
                    "/api/platforms/a/accounts/" + created.json().get("id").asText();
            assertThat(as("editor", "DELETE", account, null).status()).isEqualTo(403);
            assertThat(as("nobody", "GET", account, null).status()).isEqualTo(403);
            assertThat(as("admin", "DELETE", account, null).status()).isEqualTo(204);
        }

        @Test
        void letsEditorsAndTheOfficeCollectorsTheirTokensGoReadThePlatformDefinitionsButNotViewers() {
            assertThat(as("viewer", "GET", "/api/platforms/definitions", null).status())
                    .isEqualTo(403);
            assertThat(as("editor", "GET", "/api/platforms/definitions", null).status())
                    .isEqualTo(200);
            assertThat(as("admin", "GET", "/api/platforms/definitions", null).status())
                    .isEqualTo(200);
            assertThat(from("GET", "/api/platforms/definitions", null, Map.of()).status())
                    .isEqualTo(401);
        }

        @Test
        void tellsCallersWhoTheyAreAndWhichRolesTheyHold() {
            Reply viewer = as("viewer", "GET", "/api/me", null);
            Reply admin = as("admin", "GET", "/api/me", null);

            assertThat(viewer.status()).isEqualTo(200);
            assertThat(viewer.json().get("roles").toString()).isEqualTo("[\"viewer\"]");
            assertThat(viewer.json().get("subject").asText()).isNotBlank();
            assertThat(admin.json().get("roles").toString()).isEqualTo("[\"viewer\",\"editor\",\"admin\"]");
            assertThat(from("GET", "/api/me", null, Map.of()).status()).isEqualTo(401);
            assertThat(as("nobody", "GET", "/api/me", null).status()).isEqualTo(403);
        }

        @Test
        void refusesExpiredForeignTamperedAndUnsignedTokens() {
            Instant past = Instant.now().minusSeconds(3_600);
            String expired = TokenFactory.hs256(claims -> claims.expirationTime(Date.from(past)), "admin");
            String foreign = TokenFactory.hs256(claims -> claims.issuer("https://evil.example"), "admin");
            String otherAudience = TokenFactory.hs256(claims -> claims.claim("client_id", "another-app"), "admin");
            String noUse = TokenFactory.hs256(claims -> claims.claim("token_use", null), "admin");
            String otherSecret = TokenFactory.sign(
                    TokenFactory.claims("admin").build(),
                    JWSAlgorithm.HS256,
                    TokenFactory.macSigner("another-secret-that-is-32-bytes-long!"));
            String good = TokenFactory.hs256(claims -> claims, "viewer");
            String[] parts = good.split("\\.");
            String tampered = parts[0] + "." + encode(decode(parts[1]).replace("viewer", "admin")) + "." + parts[2];
            String unsigned = encode("{\"alg\":\"none\"}") + "." + parts[1] + ".";

            for (String token :
                    new String[] {expired, foreign, otherAudience, noUse, otherSecret, tampered, unsigned, "garbage", ""
                    }) {
                Reply refused = from("GET", "/api/platforms", null, Map.of("Authorization", "Bearer " + token));
                assertThat(refused.status()).as(token).isEqualTo(401);
                assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
            }
            assertThat(from("GET", "/api/platforms", null, Map.of("Authorization", "Basic dXNlcjpwYXNz"))
                            .status())
                    .isEqualTo(401);
        }

        @Test
        void refusesAnIdTokenWhereOnlyAccessTokensAreTaken() {
            String id = TokenFactory.hs256(TokenFactory.idTokenClaims("admin").build());

            Reply refused = from("GET", "/api/platforms", null, Map.of("Authorization", "Bearer " + id));

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("detail").asText()).contains("access token");
        }

        private Reply as(String group, String method, String path, String body) {
            Map<String, String> headers = body == null
                    ? Map.of("Authorization", bearer(group))
                    : Map.of("Authorization", bearer(group), "Content-Type", "application/json");
            return from(method, path, body, headers);
        }

        private Reply from(String method, String path, String body, Map<String, String> headers) {
            return call(
                    method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers, "203.0.113.10");
        }

        private int storedAccounts() {
            return storage.accountSearch()
                    .search(AccountQuery.all(PlatformCode.of("a"), 10))
                    .items()
                    .size();
        }
    }

    @Nested
    class TakingIdTokensToo extends ApiFixture {

        TakingIdTokensToo() {
            super(
                    IpAllowlist.parse("0.0.0.0/0"),
                    IpAllowlist.parse(""),
                    new JwtAuthenticator(new JwtSettings(
                            TokenFactory.ISSUER, TokenFactory.AUDIENCE, null, TokenFactory.SECRET, true)));
        }

        @Test
        void takesAnIdTokenForItsOwnClientAndNoOther() {
            String ours =
                    TokenFactory.hs256(TokenFactory.idTokenClaims("viewer").build());
            String theirs = TokenFactory.hs256(
                    TokenFactory.idTokenClaims("viewer").audience("another-app").build());

            assertThat(call("GET", "/api/platforms", null, Map.of("Authorization", "Bearer " + ours))
                            .status())
                    .isEqualTo(200);
            assertThat(call("GET", "/api/platforms", null, Map.of("Authorization", "Bearer " + theirs))
                            .status())
                    .isEqualTo(401);
        }
    }

    @Nested
    class WithCognitoKeysFromAJwksUrl {

        @Test
        void verifiesRs256TokensAgainstThePublishedKeys() throws Exception {
            RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
            HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] published = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            jwks.createContext("/.well-known/jwks.json", exchange -> {
                exchange.sendResponseHeaders(200, published.length);
                exchange.getResponseBody().write(published);
                exchange.close();
            });
            jwks.start();
            try {
                URI url = URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json");
                ApiFixture api = new ApiFixture(
                        IpAllowlist.parse("0.0.0.0/0"),
                        IpAllowlist.parse(""),
                        new JwtAuthenticator(
                                new JwtSettings(TokenFactory.ISSUER, TokenFactory.AUDIENCE, url, null))) {};
                String signed = TokenFactory.sign(
                        TokenFactory.claims("viewer").build(), JWSAlgorithm.RS256, new RSASSASigner(key));
                String otherKey = TokenFactory.sign(
                        TokenFactory.claims("viewer").build(),
                        JWSAlgorithm.RS256,
                        new RSASSASigner(new RSAKeyGenerator(2048).keyID("k1").generate()));
                String hmacWithPublicKey =
                        TokenFactory.hs256(TokenFactory.claims("viewer").build());

                assertThat(api.call("GET", "/api/platforms", null, Map.of("Authorization", "Bearer " + signed))
                                .status())
                        .isEqualTo(200);
                assertThat(api.call("GET", "/api/platforms", null, Map.of("Authorization", "Bearer " + otherKey))
                                .status())
                        .isEqualTo(401);
                assertThat(api.call(
                                        "GET",
                                        "/api/platforms",
                                        null,
                                        Map.of("Authorization", "Bearer " + hmacWithPublicKey))
                                .status())
                        .isEqualTo(401);
            } finally {
                jwks.stop(0);
            }
        }
    }

    @Nested
    class BehindApiGatewaysAuthorizer extends ApiFixture {

        BehindApiGatewaysAuthorizer() {
            super(IpAllowlist.parse("0.0.0.0/0"), IpAllowlist.parse(""), new GatewayClaimsAuthenticator());
        }

        @Test
        void readsTheRolesFromTheClaimsTheGatewayVerified() {
            ApiResponse editor = api.handle(new ApiRequest(
                    "POST",
                    "/api/platforms/a/accounts",
                    Map.of(),
                    Headers.of(Map.of("Content-Type", java.util.List.of("application/json"))),
                    REGISTER.getBytes(StandardCharsets.UTF_8),
                    "203.0.113.1",
                    Map.of("sub", "user-9", "token_use", "access", "cognito:groups", "[editor viewer]")));
            ApiResponse idToken = api.handle(new ApiRequest(
                    "GET",
                    "/api/platforms",
                    Map.of(),
                    Headers.none(),
                    null,
                    "203.0.113.1",
                    Map.of("sub", "user-9", "token_use", "id", "cognito:groups", "[editor]")));
            ApiResponse anonymous = api.handle(
                    new ApiRequest("GET", "/api/platforms", Map.of(), Headers.none(), null, "203.0.113.1", Map.of()));

            assertThat(editor.status()).isEqualTo(201);
            assertThat(idToken.status()).isEqualTo(401);
            assertThat(anonymous.status()).isEqualTo(401);
        }
    }

    private static String bearer(String group) {
        return "Bearer " + TokenFactory.hs256(claims -> claims, group);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
