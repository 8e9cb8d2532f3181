package dev.roster.adapters.http.routes.problem;

import java.util.List;
import java.util.Map;

/**
 * The {@code 503} answer of {@code GET /api/health/ready} (RFC 9457), naming the parts that are down.
 *
 * @param down   the parts that are down, e.g. {@code ["store", "jobQueue"]}
 * @param checks every part's status: {@code UP}, or why it is down
 */
public record NotReadyProblem(
        String type,
        String title,
        int status,
        String detail,
        List<String> down,
        Map<String, String> checks,
        String requestId) {

    public static NotReadyProblem of(List<String> down, Map<String, String> checks, String requestId) {
        ProblemKind kind = ProblemKind.UNAVAILABLE;
        return new NotReadyProblem(
                kind.type(),
                kind.title(),
                kind.status(),
                "Not ready: " + String.join(", ", down) + (down.size() == 1 ? " is" : " are") + " down.",
                down,
                checks,
                requestId);
    }
}
