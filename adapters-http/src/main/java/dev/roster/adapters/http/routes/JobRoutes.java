package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.application.job.JobsCapability;
import java.util.List;

/** Background jobs, as their callers follow them. */
final class JobRoutes {

    private static final String JOB = "/api/jobs/{id}";

    private final JobsCapability jobs;
    private final Replies replies;
    private final ViewMapper mapper;

    JobRoutes(JobsCapability jobs, Replies replies, ViewMapper mapper) {
        this.jobs = jobs;
        this.replies = replies;
        this.mapper = mapper;
    }

    List<Route> routes() {
        return List.of(
                Route.get(JOB, Access.needs(Role.VIEWER), call -> replies.ok(mapper.toDto(jobs.get(call.path("id"))))));
    }

    static String location(String jobId) {
        return JOB.replace("{id}", jobId);
    }
}
