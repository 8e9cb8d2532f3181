package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.DueAccountDto;
import dev.roster.adapters.http.routes.dto.ItemsDto;
import dev.roster.adapters.http.routes.dto.ScheduledDto;
import dev.roster.adapters.http.routes.dto.SnapshotDto;
import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.json.JsonFields;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.application.Roster;
import dev.roster.application.collection.RecordCollectionCommand;
import dev.roster.application.collection.ScheduleCollection;
import dev.roster.domain.job.JobId;
import java.util.List;
import java.util.Set;

/**
 * Metric collection: an account's history, a manual run, and what the office collector needs (the accounts due, and
 * a place to post what it read).
 */
final class CollectionRoutes {

    private static final String COLLECTIONS = "/api/platforms/{platform}/collections";
    private static final String METRICS = "/api/platforms/{platform}/accounts/{id}/metrics";
    private static final Set<String> REPORT_FIELDS = Set.of("collectedAt", "metrics", "failure");
    private static final Set<String> FAILURE_FIELDS = Set.of("status", "reason");

    private final Roster roster;
    private final JsonCodec json;
    private final Replies replies;
    private final ViewMapper mapper;

    CollectionRoutes(Roster roster, JsonCodec json, Replies replies, ViewMapper mapper) {
        this.roster = roster;
        this.json = json;
        this.replies = replies;
        this.mapper = mapper;
    }

    List<Route> routes() {
        return List.of(
                Route.get(METRICS, Access.needs(Role.VIEWER), this::history),
                Route.withJson("POST", METRICS, Access.needs(Role.EDITOR), this::report),
                Route.get(COLLECTIONS + "/due", Access.needs(Role.EDITOR), this::due),
                new Route("POST", PathTemplate.of(COLLECTIONS), Access.needs(Role.EDITOR), RequestBody.none(),
                        this::run));
    }

    private ApiResponse history(ApiCall call) {
        QueryParameters query = new QueryParameters(call.request());
        Integer limit = query.smallNumber("limit");
        List<SnapshotDto> items = query.read(() -> roster.getMetricHistory()
                .newestFirst(call.path("platform"), call.path("id"), limit))
                .stream().map(mapper::toDto).toList();
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
        RecordCollectionCommand command = new RecordCollectionCommand(call.path("platform"), call.path("id"),
                body.instant("collectedAt"), body.wholeNumbers("metrics"), status, reason);
        body.done();
        roster.recordCollection().record(command);
        return ApiResponse.noContent();
    }

    private ApiResponse due(ApiCall call) {
        QueryParameters query = new QueryParameters(call.request());
        Integer limit = query.smallNumber("limit");
        query.requireValid();
        List<DueAccountDto> items = roster.listDueAccounts().claim(call.path("platform"), limit).stream()
                .map(mapper::toDto).toList();
        return replies.ok(new ItemsDto<>(items));
    }

    private ApiResponse run(ApiCall call) {
        QueryParameters query = new QueryParameters(call.request());
        Boolean all = query.yesNo("all");
        query.requireValid();
        ScheduleCollection.Scheduled scheduled = roster.scheduleCollection()
                .schedule(call.path("platform"), Boolean.TRUE.equals(all));
        return replies.accepted(new ScheduledDto(scheduled.platform(), scheduled.accounts(),
                scheduled.jobs().stream().map(JobId::value).toList()));
    }
}
