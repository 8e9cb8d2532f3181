package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.HealthDto;
import dev.roster.adapters.http.routes.dto.MeDto;
import dev.roster.adapters.http.routes.dto.ReadyDto;
import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.problem.NotReadyProblem;
import dev.roster.adapters.http.routes.security.Caller;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.domain.platform.PlatformCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What describes the API itself: health, the caller, the platforms it works with (and their definitions, for the
 * office collector), and its OpenAPI document.
 */
final class SystemRoutes {

    static final String OPENAPI_RESOURCE = "openapi.json";

    private final PlatformCatalog platforms;
    private final String storeName;
    private final Replies replies;
    private final ViewMapper mapper;
    private final byte[] openApi;
    private final Readiness readiness;
    private final ApiMetrics metrics;
    private final JsonCodec json;
    private final byte[] definitions;

    SystemRoutes(
            PlatformCatalog platforms,
            String storeName,
            Replies replies,
            ViewMapper mapper,
            Readiness readiness,
            ApiMetrics metrics,
            JsonCodec json,
            PlatformsDocument definitions) {
        this.definitions = definitions.json();
        this.readiness = readiness;
        this.metrics = metrics;
        this.json = json;
        this.platforms = platforms;
        this.storeName = storeName;
        this.replies = replies;
        this.mapper = mapper;
        this.openApi = openApiDocument();
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/health", Access.OPEN, call -> replies.ok(new HealthDto("UP", storeName))),
                Route.get("/api/health/ready", Access.OPEN, this::ready),
                Route.get(
                        "/api/metrics",
                        Access.OPEN,
                        call -> ApiResponse.of(200, ApiMetrics.CONTENT_TYPE, metrics.render())),
                Route.get("/api/openapi.json", Access.OPEN, call -> ApiResponse.of(200, ApiResponse.JSON, openApi)),
                Route.get("/api/me", Access.needs(Role.VIEWER), call -> replies.ok(me(call.caller()))),
                Route.get(
                        "/api/platforms",
                        Access.needs(Role.VIEWER),
                        call -> replies.ok(mapper.toDtos(platforms.all()))),
                // Editors only: it is how pages are read, which the office collector (an editor's token) needs.
                Route.get(
                        "/api/platforms/definitions",
                        Access.needs(Role.EDITOR),
                        call -> ApiResponse.of(200, ApiResponse.JSON, definitions)));
    }

    /** 200 when every part answers; 503 problem+json naming those that do not, with when to ask again. */
    private ApiResponse ready(ApiCall call) {
        Map<String, Readiness.Status> found = readiness.check();
        Map<String, String> checks = new LinkedHashMap<>();
        found.forEach((part, status) -> checks.put(part, status.up() ? "UP" : "DOWN: " + status.detail()));
        List<String> down = found.entrySet().stream()
                .filter(part -> !part.getValue().up())
                .map(Map.Entry::getKey)
                .toList();
        if (down.isEmpty()) {
            return replies.ok(new ReadyDto("UP", storeName, checks));
        }
        return ApiResponse.of(
                        503, ApiResponse.PROBLEM_JSON, json.write(NotReadyProblem.of(down, checks, call.requestId())))
                .withHeader("Retry-After", "5");
    }

    /** The caller's subject and every role theirs covers, lowest first: an admin is also an editor and a viewer. */
    private static MeDto me(Caller caller) {
        return new MeDto(
                caller.subject(),
                Arrays.stream(Role.values())
                        .filter(caller::may)
                        .map(Role::label)
                        .toList());
    }

    /** The OpenAPI document shipped with this module; read once, at start-up. */
    static byte[] openApiDocument() {
        try (InputStream document = SystemRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (document == null) {
                throw new IllegalStateException("the OpenAPI document is missing from the class path");
            }
            return document.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
