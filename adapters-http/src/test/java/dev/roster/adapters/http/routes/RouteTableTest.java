package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a request's method and raw path find their route: what callers see as the route, 404 or 405. */
class RouteTableTest {

    private static final RouteHandler NOTHING = call -> ApiResponse.noContent();

    private final Route health = Route.get("/api/health", Access.OPEN, NOTHING);
    private final Route search = Route.get("/api/platforms/{platform}/accounts", Access.OPEN, NOTHING);
    private final Route register = Route.withJson("POST", "/api/platforms/{platform}/accounts", Access.OPEN, NOTHING);
    private final Route show = Route.get("/api/platforms/{platform}/accounts/{id}", Access.OPEN, NOTHING);
    private final Route remove = Route.delete("/api/platforms/{platform}/accounts/{id}", Access.OPEN, NOTHING);
    private final Route template = Route.get("/api/platforms/{platform}/template", Access.OPEN, NOTHING);
    private final Route anyPlatformFile = Route.get("/api/platforms/{platform}/{file}", Access.OPEN, NOTHING);
    private final Route root = Route.get("/", Access.OPEN, NOTHING);
    private final RouteTable table =
            new RouteTable(List.of(health, search, register, show, remove, template, anyPlatformFile, root));

    @Test
    void findsALiteralRouteAndAParameterisedOneWithItsParametersDecoded() {
        assertThat(found("GET", "/api/health")).isEqualTo(new RouteTable.Resolution.Found(health, Map.of()));
        assertThat(found("GET", "/api/platforms/a/accounts/1234"))
                .isEqualTo(new RouteTable.Resolution.Found(show, Map.of("platform", "a", "id", "1234")));
        assertThat(found("DELETE", "/api/platforms/b/accounts/x"))
                .extracting(RouteTable.Resolution.Found::route)
                .isEqualTo(remove);
        assertThat(found("GET", "/"))
                .extracting(RouteTable.Resolution.Found::route)
                .isEqualTo(root);
    }

    @Test
    void givesTheParametersInTheTemplatesOrder() {
        assertThat(found("GET", "/api/platforms/a/accounts/7").parameters().keySet())
                .containsExactly("platform", "id");
    }

    @Test
    void decodesEachSegmentOnItsOwnSoAnEncodedSlashStaysInItsParameter() {
        assertThat(found("GET", "/api/platforms/a/accounts/x%2Fy").parameters().get("id"))
                .isEqualTo("x/y");
        assertThat(found("GET", "/api/platforms/a/accounts/%EB%AF%BC%EC%A7%80")
                        .parameters()
                        .get("id"))
                .isEqualTo("민지");
        assertThat(found("GET", "/api/platforms/a/accounts/%20").parameters().get("id"))
                .isEqualTo(" ");
    }

    @Test
    void keepsAPlusSignAPlusSignAsPathsDo() {
        assertThat(found("GET", "/api/platforms/a/accounts/a+b").parameters().get("id"))
                .isEqualTo("a+b");
        assertThat(found("GET", "/api/platforms/a/accounts/a%2Bb").parameters().get("id"))
                .isEqualTo("a+b");
    }

    @Test
    void matchesALiteralSegmentSentPercentEncoded() {
        assertThat(found("GET", "/api/heal%74h").route()).isEqualTo(health);
        assertThat(found("GET", "/%61pi/platforms/a/accounts").route()).isEqualTo(search);
    }

    @Test
    void findsNothingForMalformedPercentEncoding() {
        assertThat(table.resolve("GET", "/api/platforms/a/accounts/%zz"))
                .isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
        assertThat(table.resolve("GET", "/api/platforms/a/accounts/%4"))
                .isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
        assertThat(table.resolve("GET", "/api/heal%th")).isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
    }

    @Test
    void aTrailingSlashOrAnEmptySegmentIsAnotherPath() {
        assertThat(table.resolve("GET", "/api/health/")).isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
        assertThat(table.resolve("GET", "/api/platforms/a/accounts/"))
                .isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
        assertThat(table.resolve("GET", "/api/platforms//accounts"))
                .isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
        assertThat(table.resolve("GET", "//api/health")).isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
    }

    @Test
    void literalsAreCaseSensitiveAndAPathMustStartWithASlash() {
        assertThat(table.resolve("GET", "/API/health")).isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
        assertThat(table.resolve("GET", "api/health")).isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
        assertThat(table.resolve("GET", "")).isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
    }

    @Test
    void tellsTheMethodsAKnownPathTakesWhenTheMethodIsWrong() {
        assertThat(table.resolve("PUT", "/api/platforms/a/accounts/1"))
                .isEqualTo(new RouteTable.Resolution.WrongMethod(Set.of("DELETE", "GET")));
        assertThat(((RouteTable.Resolution.WrongMethod) table.resolve("PATCH", "/api/platforms/a/accounts")).allowed())
                .containsExactly("GET", "POST");
        assertThat(table.resolve("POST", "/api/health"))
                .isEqualTo(new RouteTable.Resolution.WrongMethod(Set.of("GET")));
    }

    @Test
    void whereALiteralAndAParameterBothFitTheFirstRouteInTheTableWins() {
        assertThat(found("GET", "/api/platforms/a/template").route()).isEqualTo(template);
        assertThat(found("GET", "/api/platforms/a/accounts").route()).isEqualTo(search);
        assertThat(found("GET", "/api/platforms/a/other"))
                .isEqualTo(new RouteTable.Resolution.Found(anyPlatformFile, Map.of("platform", "a", "file", "other")));
        RouteTable parameterFirst = new RouteTable(List.of(anyPlatformFile, template));
        assertThat(((RouteTable.Resolution.Found) parameterFirst.resolve("GET", "/api/platforms/a/template")).route())
                .isEqualTo(anyPlatformFile);
    }

    @Test
    void aMethodAllowedOnlyThroughAnotherTemplateStillCountsAsAllowed() {
        assertThat(table.resolve("POST", "/api/platforms/a/template"))
                .isEqualTo(new RouteTable.Resolution.WrongMethod(Set.of("GET")));
        assertThat(table.resolve("POST", "/api/platforms/a/accounts")).isInstanceOf(RouteTable.Resolution.Found.class);
    }

    @Test
    void theFallbackAnswersItsMethodOutsideTheApiOnly() {
        Route app = Route.get("/", Access.OPEN, NOTHING);
        RouteTable withApp = new RouteTable(List.of(health)).withFallback(app);

        assertThat(withApp.resolve("GET", "/accounts/123")).isEqualTo(new RouteTable.Resolution.Found(app, Map.of()));
        assertThat(withApp.resolve("GET", "/%zz")).isEqualTo(new RouteTable.Resolution.Found(app, Map.of()));
        assertThat(withApp.resolve("POST", "/accounts/123")).isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
        assertThat(withApp.resolve("GET", "/api")).isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
        assertThat(withApp.resolve("GET", "/api/nothing")).isInstanceOf(RouteTable.Resolution.NoSuchPath.class);
        assertThat(withApp.resolve("GET", "/apinot")).isEqualTo(new RouteTable.Resolution.Found(app, Map.of()));
        assertThat(withApp.resolve("POST", "/api/health")).isInstanceOf(RouteTable.Resolution.WrongMethod.class);
    }

    @Test
    void refusesTheSameMethodAndPathTwice() {
        assertThatThrownBy(() -> new RouteTable(List.of(health, Route.get("/api/health", Access.OPEN, NOTHING))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GET /api/health");
    }

    @Test
    void aTemplateMatchesAPathOnItsOwnAsTheTableDoes() {
        PathTemplate account = PathTemplate.of("/api/platforms/{platform}/accounts/{id}");

        assertThat(account.match("/api/platforms/a/accounts/x%2Fy")).contains(Map.of("platform", "a", "id", "x/y"));
        assertThat(account.match("/api/platforms/a/accounts/")).isEmpty();
        assertThat(account.match("/api/platforms/a/accounts/%zz")).isEmpty();
        assertThatThrownBy(() -> PathTemplate.of("api/health")).isInstanceOf(IllegalArgumentException.class);
    }

    private RouteTable.Resolution.Found found(String method, String rawPath) {
        RouteTable.Resolution resolution = table.resolve(method, rawPath);
        assertThat(resolution).isInstanceOf(RouteTable.Resolution.Found.class);
        return (RouteTable.Resolution.Found) resolution;
    }
}
