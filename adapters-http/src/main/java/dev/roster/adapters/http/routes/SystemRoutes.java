package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.HealthDto;
import dev.roster.adapters.http.routes.dto.MeDto;
import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.security.Caller;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.domain.platform.PlatformCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** What describes the API itself: health, the caller, the platforms it works with, and its OpenAPI document. */
final class SystemRoutes {

    static final String OPENAPI_RESOURCE = "openapi.json";

    private final PlatformCatalog platforms;
    private final String storeName;
    private final Replies replies;
    private final ViewMapper mapper;
    private final byte[] openApi;

    SystemRoutes(PlatformCatalog platforms, String storeName, Replies replies, ViewMapper mapper) {
        this.platforms = platforms;
        this.storeName = storeName;
        this.replies = replies;
        this.mapper = mapper;
        this.openApi = openApiDocument();
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/health", Access.OPEN, call -> replies.ok(new HealthDto("UP", storeName))),
                Route.get("/api/openapi.json", Access.OPEN, call -> ApiResponse.of(200, ApiResponse.JSON, openApi)),
                Route.get("/api/me", Access.needs(Role.VIEWER), call -> replies.ok(me(call.caller()))),
                Route.get("/api/platforms", Access.needs(Role.VIEWER),
                        call -> replies.ok(mapper.toDtos(platforms.all()))));
    }

    /** The caller's subject and every role theirs covers, lowest first: an admin is also an editor and a viewer. */
    private static MeDto me(Caller caller) {
        return new MeDto(caller.subject(), Arrays.stream(Role.values()).filter(caller::may).map(Role::label).toList());
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
