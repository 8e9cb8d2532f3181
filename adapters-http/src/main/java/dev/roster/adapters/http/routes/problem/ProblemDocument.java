package dev.roster.adapters.http.routes.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error response as RFC 9457 shapes it ({@code application/problem+json}), with Roster's extension members.
 *
 * @param errors    for invalid input: every field problem
 * @param reason    for conflicts: why ({@code DUPLICATE_HANDLE}, {@code STALE_VERSION}, …)
 * @param requestId the id to quote when reporting the problem
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDocument(
        String type,
        String title,
        int status,
        String detail,
        List<FieldProblem> errors,
        String reason,
        String requestId) {

    /** One field problem of invalid input. */
    public record FieldProblem(String field, String message) {}
}
