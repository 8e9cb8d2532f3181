package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.application.Roster;
import java.util.List;

/** Background jobs, as their callers follow them. */
final class JobRoutes {

    private static final String JOB = "/api/jobs/{id}";

    private final Roster roster;
    private final Replies replies;
    private final ViewMapper mapper;

    JobRoutes(Roster roster, Replies replies, ViewMapper mapper) {
        this.roster = roster;
        this.replies = replies;
        this.mapper = mapper;
    }

    List<Route> routes() {
        return List.of(Route.get(JOB, Access.needs(Role.VIEWER), call -> replies.ok(mapper.toDto(
                roster.getJob().get(call.path("id"))))));
    }

    static String location(String jobId) {
        return JOB.replace("{id}", jobId);
    }
}
