package dev.roster.adapters.http.client;

import dev.roster.adapters.http.routes.problem.ProblemDocument;

/** The API refused a request; {@link #problem()} says why, as the server put it. */
public final class RosterApiException extends RuntimeException {

    private final int status;
    private final ProblemDocument problem;

    public RosterApiException(int status, ProblemDocument problem) {
        super(status + " " + (problem == null ? "" : problem.title() + ": " + problem.detail()));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The problem document, or {@code null} when the answer was not one. */
    public ProblemDocument problem() {
        return problem;
    }
}
