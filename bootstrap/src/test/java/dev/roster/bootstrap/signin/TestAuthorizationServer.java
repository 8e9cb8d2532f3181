package dev.roster.bootstrap.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small, real OAuth 2.0 authorization server laid out as Cognito's managed login is: {@code /oauth2/authorize}
 * answers at once (as if the person signed in and consented) by sending the browser to the registered callback with a
 * code and the state; {@code /oauth2/token} trades a code for tokens only with the verifier of its S256 challenge, and
 * a refresh token for a new access token; access tokens are RS256 JWTs shaped as Cognito's ({@code token_use},
 * {@code client_id}, {@code cognito:groups}) under the keys at {@code /.well-known/jwks.json}.
 */
public final class TestAuthorizationServer implements AutoCloseable {

    /** What the authorize endpoint does with the next sign-in. */
    public enum Consent {
        GRANT,
        DENY,
        /** Answers with another state than the one asked for, as a forged or stale link would. */
        WRONG_STATE
    }

    public static final String CLIENT_ID = "roster-cli";

    private record Pending(String clientId, String redirectUri, String challenge) {}

    private final HttpServer server;
    private final RSAKey key;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> callbacks = new CopyOnWriteArraySet<>();
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private final Set<String> refreshTokens = new CopyOnWriteArraySet<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private volatile Consent consent = Consent.GRANT;
    private volatile Duration firstTokenLifetime = Duration.ofHours(1);

    private TestAuthorizationServer(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    public static TestAuthorizationServer start() throws IOException, JOSEException {
        RSAKey key = new RSAKeyGenerator(2048)
                .keyID("test-key")
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        TestAuthorizationServer server = new TestAuthorizationServer(http, key);
        http.createContext("/oauth2/authorize", server::authorize);
        http.createContext("/oauth2/token", server::token);
        http.createContext("/.well-known/jwks.json", server::keys);
        http.createContext("/config.json", server::webConfig);
        http.start();
        return server;
    }

    /** The issuer of its tokens and its managed login domain alike. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI jwksUrl() {
        return url().resolve("/.well-known/jwks.json");
    }

    /** Lets the app client send browsers back to {@code http://localhost:<port>/callback}, as Cognito's list does. */
    public void allowCallbackPort(int port) {
        callbacks.add("http://localhost:" + port + "/callback");
    }

    public void consent(Consent next) {
        this.consent = next;
    }

    /** How long the access token of a sign-in (the code grant) lives; negative: it has already expired. */
    public void firstTokenLifetime(Duration lifetime) {
        this.firstTokenLifetime = lifetime;
    }

    /** Refuses every refresh token handed out so far, as Cognito does once a user is signed out everywhere. */
    public void revokeEverything() {
        refreshTokens.clear();
    }

    /** How many refresh grants it answered with tokens. */
    public int refreshes() {
        return refreshes.get();
    }

    private void authorize(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            String redirect = query.get("redirect_uri");
            if (!CLIENT_ID.equals(query.get("client_id")) || redirect == null || !callbacks.contains(redirect)) {
                // As Cognito: never send a browser to a callback the client does not list.
                send(exchange, 400, "text/plain", "redirect_mismatch");
                return;
            }
            if (!"code".equals(query.get("response_type"))
                    || !"S256".equals(query.get("code_challenge_method"))
                    || query.get("code_challenge") == null
                    || query.get("state") == null) {
                redirect(
                        exchange,
                        redirect,
                        Map.of("error", "invalid_request", "state", query.getOrDefault("state", "")));
                return;
            }
            switch (consent) {
                case DENY ->
                    redirect(
                            exchange,
                            redirect,
                            Map.of(
                                    "error",
                                    "access_denied",
                                    "error_description",
                                    "the user said no",
                                    "state",
                                    query.get("state")));
                case WRONG_STATE ->
                    redirect(exchange, redirect, Map.of("code", newCode(query, redirect), "state", "not-yours"));
                case GRANT ->
                    redirect(exchange, redirect, Map.of("code", newCode(query, redirect), "state", query.get("state")));
            }
        }
    }

    private String newCode(Map<String, String> query, String redirect) {
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(query.get("client_id"), redirect, query.get("code_challenge")));
        return code;
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form =
                    form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!"POST".equals(exchange.getRequestMethod()) || !CLIENT_ID.equals(form.get("client_id"))) {
                error(exchange, 400, "invalid_client");
                return;
            }
            if ("authorization_code".equals(form.get("grant_type"))) {
                Pending pending = codes.remove(String.valueOf(form.get("code")));
                if (pending == null
                        || !pending.redirectUri().equals(form.get("redirect_uri"))
                        || form.get("code_verifier") == null
                        || !pending.challenge().equals(s256(form.get("code_verifier")))) {
                    error(exchange, 400, "invalid_grant");
                    return;
                }
                String refresh = UUID.randomUUID().toString();
                refreshTokens.add(refresh);
                tokens(exchange, firstTokenLifetime, refresh, true);
            } else if ("refresh_token".equals(form.get("grant_type"))) {
                if (!refreshTokens.contains(String.valueOf(form.get("refresh_token")))) {
                    error(exchange, 400, "invalid_grant");
                    return;
                }
                refreshes.incrementAndGet();
                tokens(exchange, Duration.ofHours(1), null, false);
            } else {
                error(exchange, 400, "unsupported_grant_type");
            }
        }
    }

    private void tokens(HttpExchange exchange, Duration lifetime, String refresh, boolean withIdToken)
            throws IOException {
        Instant now = Instant.now();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", accessToken(lifetime));
        if (withIdToken) {
            answer.put(
                    "id_token",
                    sign(new JWTClaimsSet.Builder()
                            .issuer(url().toString())
                            .subject("office-pc-user")
                            .audience(CLIENT_ID)
                            .claim("token_use", "id")
                            .claim("email", "office@example.com")
                            .issueTime(Date.from(now))
                            .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                            .build()));
        }
        if (refresh != null) {
            answer.put("refresh_token", refresh);
        }
        answer.put("token_type", "Bearer");
        answer.put("expires_in", Math.max(0, lifetime.toSeconds()));
        send(exchange, 200, "application/json", json.writeValueAsString(answer));
    }

    /** An editor's access token from this server, living {@code lifetime} (negative: expired that long ago). */
    public String accessToken(Duration lifetime) {
        Instant now = Instant.now();
        return sign(new JWTClaimsSet.Builder()
                .issuer(url().toString())
                .subject("office-pc-user")
                .claim("token_use", "access")
                .claim("client_id", CLIENT_ID)
                .claim("username", "office@example.com")
                .claim("cognito:groups", List.of("editor"))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build());
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException unsignable) {
            throw new IllegalStateException(unsignable);
        }
        return jwt.serialize();
    }

    private void keys(HttpExchange exchange) throws IOException {
        try (exchange) {
            send(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
        }
    }

    /** Plays a Roster web address too: its config.json, as deploy/web/deploy writes it, naming this server. */
    private void webConfig(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, Object> auth = new LinkedHashMap<>();
            auth.put("mode", "cognito");
            auth.put("authority", url().toString());
            auth.put("clientId", CLIENT_ID);
            auth.put("domain", url().toString());
            send(exchange, 200, "application/json", json.writeValueAsString(Map.of("apiBase", "", "auth", auth)));
        }
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static void redirect(HttpExchange exchange, String to, Map<String, String> parameters) throws IOException {
        StringBuilder location = new StringBuilder(to);
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            location.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        exchange.getResponseHeaders().set("Location", location.toString());
        exchange.sendResponseHeaders(302, -1);
    }

    private void error(HttpExchange exchange, int status, String code) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsString(Map.of("error", code)));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
