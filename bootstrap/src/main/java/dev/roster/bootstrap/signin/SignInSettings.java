package dev.roster.bootstrap.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.bootstrap.config.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Where a person signs in for a server: Cognito's managed login domain (its {@code /oauth2/authorize} and {@code
 * /oauth2/token}), the app client, the scopes. A server tells them in the {@code config.json} its web UI reads, so
 * {@code roster login --server} needs nothing else; {@code --cognito-domain} with {@code --client-id} says them instead.
 */
public record SignInSettings(URI authorizeUrl, URI tokenUrl, String clientId, String scopes) {

    /** What the web UI asks for too; Cognito's app client allows these. */
    public static final String DEFAULT_SCOPES = "openid email profile";

    /** Cognito's endpoints under its managed login domain, e.g. {@code https://roster.auth.ap-northeast-2.amazoncognito.com}. */
    public static SignInSettings cognito(URI domain, String clientId, String scopes) {
        String base = domain.toString().replaceAll("/+$", "");
        return new SignInSettings(
                URI.create(base + "/oauth2/authorize"),
                URI.create(base + "/oauth2/token"),
                clientId,
                scopes == null || scopes.isBlank() ? DEFAULT_SCOPES : scopes.strip());
    }

    /**
     * What the server's {@code config.json} says (as the web UI reads it).
     *
     * @throws ConfigurationException naming {@code --server} when it tells no Cognito sign-in
     */
    public static SignInSettings advertisedBy(URI server, Duration timeout) {
        URI config = URI.create(server.toString().replaceAll("/+$", "") + "/config.json");
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .build()
                    .send(
                            HttpRequest.newBuilder(config).timeout(timeout).build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new UncheckedIOException("could not reach " + config + ": " + unreachable.getMessage(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + config, interrupted);
        }
        if (response.statusCode() != 200) {
            throw new ConfigurationException(
                    "--server",
                    server + " tells no sign-in (" + config + " answered " + response.statusCode()
                            + "): give the address staff open in the browser (terraform output web_url), or "
                            + "--cognito-domain and --client-id");
        }
        JsonNode auth;
        try {
            auth = new ObjectMapper().readTree(response.body()).path("auth");
        } catch (IOException unreadable) {
            throw new ConfigurationException(
                    "--server", server + " answered " + config + " with something else than JSON");
        }
        String mode = auth.path("mode").asText("none");
        if (!mode.equals("cognito")) {
            throw new ConfigurationException(
                    "--server",
                    server + " does not sign people in through Cognito (its config.json says \"" + mode + "\"): "
                            + ("token".equals(mode)
                                    ? "pass --token or ROSTER_TOKEN to roster collect instead"
                                    : "roster collect needs no sign-in there"));
        }
        String domain = auth.path("domain").asText("");
        String clientId = auth.path("clientId").asText("");
        if (domain.isBlank() || clientId.isBlank()) {
            throw new ConfigurationException(
                    "--server",
                    server
                            + "'s config.json names no Cognito domain and client id: give --cognito-domain and --client-id");
        }
        return cognito(
                WebAddress.parse("--server", domain, true),
                clientId,
                auth.path("scopes").asText(null));
    }
}
