package dev.roster.bootstrap.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.http.routes.ApiRequest;
import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.Headers;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.RequestLog;
import dev.roster.adapters.http.routes.RequestRecord;
import dev.roster.adapters.http.routes.Route;
import dev.roster.adapters.http.routes.RouteTable;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The web UI beside the API: its files, types and caching, client routes, config, and the API left alone. */
class WebAppTest {

    private final HttpApi api = api(WebApp.SignIn.NONE);

    @Test
    void servesTheAppAtTheRootAndForEveryClientRouteWithoutCachingIt() {
        for (String path : List.of("/", "/platforms/a", "/platforms/b/accounts/5f0c")) {
            ApiResponse page = get(api, path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.headers())
                    .containsEntry("Content-Type", "text/html; charset=utf-8")
                    .containsEntry("Cache-Control", "no-cache");
            assertThat(page.bodyText()).contains("<div id=\"root\">");
            assertThat(page.headers().get("Content-Security-Policy"))
                    .contains("frame-ancestors 'none'")
                    .contains("script-src 'self'");
        }
    }

    @Test
    void servesHashedAssetsAsImmutableWithTheirTypes() {
        ApiResponse script = get(api, "/assets/index-AbC123.js");
        ApiResponse text = get(api, "/robots.txt");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.headers())
                .containsEntry("Content-Type", "text/javascript; charset=utf-8")
                .containsEntry("Cache-Control", "public, max-age=31536000, immutable")
                .containsEntry("X-Content-Type-Options", "nosniff");
        assertThat(text.headers())
                .containsEntry("Content-Type", "text/plain; charset=utf-8")
                .containsEntry("Cache-Control", "no-cache");
    }

    @Test
    void answersAMissingFileWithNotFoundRatherThanThePage() {
        assertThat(get(api, "/assets/gone-123.js").status()).isEqualTo(404);
        assertThat(get(api, "/favicon.png").status()).isEqualTo(404);
        assertThat(get(api, "/assets/..%2F..%2Fsecret.txt").status()).isEqualTo(404);
        assertThat(get(api, "/../../etc/passwd").status()).isEqualTo(404);
    }

    @Test
    void leavesTheApiItsOwnNotFoundAndMethods() {
        ApiResponse unknown = get(api, "/api/nothing-here");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.headers().get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(api.handle(request("POST", "/platforms/a")).status()).isEqualTo(404);
    }

    @Test
    void tellsTheAppHowToSignInFromTheServersSettings() {
        ApiResponse open = get(api, "/config.json");
        ApiResponse tokens = get(api(WebApp.SignIn.TOKEN), "/config.json");

        assertThat(open.headers())
                .containsEntry("Content-Type", "application/json")
                .containsEntry("Cache-Control", "no-cache");
        assertThat(open.bodyText()).isEqualTo("{\"apiBase\":\"\",\"auth\":{\"mode\":\"none\"}}");
        assertThat(tokens.bodyText()).contains("\"mode\":\"token\"");
    }

    @Test
    void tellsTheAppAndRosterLoginWhereToSignInThroughCognito() {
        WebApp.Cognito cognito = new WebApp.Cognito(
                "https://cognito-idp.ap-northeast-2.amazonaws.com/pool",
                "web-client",
                java.net.URI.create("https://roster.auth.ap-northeast-2.amazoncognito.com/"));
        ApiResponse config =
                get(api(new WebApp(WebAppTest.class.getClassLoader(), "webapp-fixture/", cognito)), "/config.json");

        assertThat(config.bodyText())
                .isEqualTo("{\"apiBase\":\"\",\"auth\":{\"mode\":\"cognito\","
                        + "\"authority\":\"https://cognito-idp.ap-northeast-2.amazonaws.com/pool\","
                        + "\"clientId\":\"web-client\","
                        + "\"domain\":\"https://roster.auth.ap-northeast-2.amazoncognito.com\"}}");
    }

    private static HttpApi api(WebApp.SignIn signIn) {
        return api(new WebApp(WebAppTest.class.getClassLoader(), "webapp-fixture/", signIn));
    }

    private static HttpApi api(WebApp webApp) {
        JsonCodec json = new JsonCodec();
        Route health = Route.get(
                "/api/health",
                dev.roster.adapters.http.routes.Access.OPEN,
                call -> ApiResponse.of(200, ApiResponse.JSON, "{}".getBytes()));
        RouteTable routes = new RouteTable(List.of(health)).withFallback(webApp.route());
        return new HttpApi(
                routes,
                new EdgeSecurity(
                        IpAllowlist.parse("127.0.0.0/8"), new ClientAddresses(IpAllowlist.parse("")), new OpenAccess()),
                json,
                new RequestLog() {
                    @Override
                    public void record(RequestRecord record) {}

                    @Override
                    public void failure(String requestId, Throwable cause) {}
                },
                Clock.systemUTC());
    }

    private static ApiResponse get(HttpApi api, String path) {
        return api.handle(request("GET", path));
    }

    private static ApiRequest request(String method, String path) {
        return new ApiRequest(method, path, Map.of(), Headers.of(Map.of()), new byte[0], "127.0.0.1", Map.of());
    }
}
