package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.DueAccountDto;
import dev.roster.adapters.http.routes.dto.ItemsDto;
import dev.roster.adapters.http.routes.dto.ScheduledDto;
import dev.roster.adapters.http.routes.dto.SnapshotDto;
import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.json.JsonFields;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.application.collection.CollectionCapability;
import dev.roster.application.collection.RecordCollectionCommand;
import dev.roster.application.collection.ScheduleCollection;
import dev.roster.domain.job.JobId;
import java.util.List;
import java.util.Set;

/**
 * Metric collection: an account's history, a manual run, and what the office collector needs (a look at the accounts
 * due, a claim on some of them, and a place to post what it read). Only the POSTs change anything.
 */
final class CollectionRoutes {

    private static final String COLLECTIONS = "/api/platforms/{platform}/collections";
    private static final String METRICS = "/api/platforms/{platform}/accounts/{id}/metrics";
    private static final Set<String> REPORT_FIELDS = Set.of("collectedAt", "metrics", "failure");
    private static final Set<String> FAILURE_FIELDS = Set.of("status", "reason");
    private static final Set<String> CLAIM_FIELDS = Set.of("limit");

    private final CollectionCapability collection;
    private final JsonCodec json;
    private final Replies replies;
    private final ViewMapper mapper;

    CollectionRoutes(CollectionCapability collection, JsonCodec json, Replies replies, ViewMapper mapper) {
        this.collection = collection;
        this.json = json;
        this.replies = replies;
        this.mapper = mapper;
    }

    List<Route> routes() {
        return List.of(
                Route.get(METRICS, Access.needs(Role.VIEWER), this::history),
                Route.withJson("POST", METRICS, Access.needs(Role.EDITOR), this::report),
                Route.get(COLLECTIONS + "/due", Access.needs(Role.EDITOR), this::due),
                Route.withJson("POST", COLLECTIONS + "/claims", Access.needs(Role.EDITOR), this::claim),
                new Route(
                        "POST",
                        PathTemplate.of(COLLECTIONS),
                        Access.needs(Role.EDITOR),
                        RequestBody.none(),
                        this::run));
    }

    private ApiResponse history(ApiCall call) {
        QueryParameters query = new QueryParameters(call.request());
        Integer limit = query.smallNumber("limit");
        List<SnapshotDto> items =
                query.read(() -> collection.history(call.path("platform"), call.path("id"), limit)).stream()
                        .map(mapper::toDto)
                        .toList();
        return replies.ok(new ItemsDto<>(items));
    }

    private ApiResponse report(ApiCall call) {
        JsonFields body = json.readObject(call.request().body()).only(REPORT_FIELDS);
        JsonFields failure = body.object("failure");
        String status = null;
        String reason = null;
        if (failure != null) {
            failure.only(FAILURE_FIELDS);
            status = failure.text("status");
            reason = failure.text("reason");
            if (status == null) {
                status = "";
            }
        }
        RecordCollectionCommand command = new RecordCollectionCommand(
                call.path("platform"),
                call.path("id"),
                body.instant("collectedAt"),
                body.wholeNumbers("metrics"),
                status,
                reason);
        body.done();
        collection.record(command);
        return ApiResponse.noContent();
    }

    private ApiResponse due(ApiCall call) {
        QueryParameters query = new QueryParameters(call.request());
        Integer limit = query.smallNumber("limit");
        query.requireValid();
        List<DueAccountDto> items = collection.listDue(call.path("platform"), limit).stream()
                .map(mapper::toDto)
                .toList();
        return replies.ok(new ItemsDto<>(items));
    }

    /** Claims due accounts for the caller; the body, {@code {"limit": n}}, may be left out for the default. */
    private ApiResponse claim(ApiCall call) {
        Integer limit = null;
        if (call.request().body().length > 0) {
            JsonFields body = json.readObject(call.request().body()).only(CLAIM_FIELDS);
            Long requested = body.wholeNumber("limit");
            body.done();
            limit = requested == null
                    ? null
                    : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, requested));
        }
        List<DueAccountDto> items = collection.claimDue(call.path("platform"), limit).stream()
                .map(mapper::toDto)
                .toList();
        return replies.ok(new ItemsDto<>(items));
    }

    private ApiResponse run(ApiCall call) {
        QueryParameters query = new QueryParameters(call.request());
        Boolean all = query.yesNo("all");
        query.requireValid();
        ScheduleCollection.Scheduled scheduled = collection.schedule(call.path("platform"), Boolean.TRUE.equals(all));
        return replies.accepted(new ScheduledDto(
                scheduled.platform(),
                scheduled.accounts(),
                scheduled.jobs().stream().map(JobId::value).toList()));
    }
}
