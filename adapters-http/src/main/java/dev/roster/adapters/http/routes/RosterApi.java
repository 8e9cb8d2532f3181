package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.application.Roster;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.factory.Mappers;

/** Roster's API v1 as a route table over a {@link Roster}: what both the local server and Lambda serve. */
public final class RosterApi {

    private RosterApi() {}

    /**
     * The API serves every capability, so the roster must have them all: one it lacks fails here, at start-up, naming
     * it, not as a 500 on the first request that needs it.
     *
     * @param storeName what {@code /api/health} reports as the store in use, e.g. {@code postgres}
     * @throws IllegalStateException naming the capability the roster was built without
     */
    public static RouteTable routes(Roster roster, String storeName, JsonCodec json) {
        return routes(roster, storeName, json, Readiness.none(), new ApiMetrics());
    }

    /**
     * The API with a readiness check ({@code GET /api/health/ready} probes the parts {@code readiness} names) and its
     * metrics ({@code GET /api/metrics}; count requests with {@link ApiMetrics#counting}).
     *
     * @throws IllegalStateException naming the capability the roster was built without
     */
    public static RouteTable routes(
            Roster roster, String storeName, JsonCodec json, Readiness readiness, ApiMetrics metrics) {
        return routes(
                roster, storeName, json, readiness, metrics, PlatformsDocument.describing(roster.platforms(), json));
    }

    /**
     * As {@link #routes(Roster, String, JsonCodec, Readiness, ApiMetrics)}, serving {@code definitions} (the platform
     * definitions the deployment loaded) at {@code GET /api/platforms/definitions}.
     *
     * @throws IllegalStateException naming the capability the roster was built without
     */
    public static RouteTable routes(
            Roster roster,
            String storeName,
            JsonCodec json,
            Readiness readiness,
            ApiMetrics metrics,
            PlatformsDocument definitions) {
        Replies replies = new Replies(json);
        ViewMapper mapper = Mappers.getMapper(ViewMapper.class);
        List<Route> routes = new ArrayList<>();
        routes.addAll(
                new SystemRoutes(roster.platforms(), storeName, replies, mapper, readiness, metrics, json, definitions)
                        .routes());
        routes.addAll(new AccountRoutes(roster.accounts(), json, replies, mapper).routes());
        routes.addAll(new InfluencerRoutes(roster.accounts(), json, replies, mapper).routes());
        routes.addAll(new CollectionRoutes(roster.collection(), json, replies, mapper).routes());
        routes.addAll(new SpreadsheetRoutes(roster.spreadsheets(), roster.accounts(), replies, mapper).routes());
        routes.addAll(new JobRoutes(roster.jobs(), replies, mapper).routes());
        routes.addAll(new ReportRoutes(
                        roster.reports(),
                        json,
                        replies,
                        roster.spreadsheets().settings().maxUploadBytes())
                .routes());
        routes.addAll(new ConsentRoutes(roster.consent(), json, replies, mapper).routes());
        return new RouteTable(routes);
    }
}
