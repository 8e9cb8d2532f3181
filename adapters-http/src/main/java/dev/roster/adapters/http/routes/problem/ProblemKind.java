package dev.roster.adapters.http.routes.problem;

import dev.roster.application.error.ConflictException;
import dev.roster.application.error.ForbiddenException;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.error.RejectedFileException;
import dev.roster.application.error.RosterException;
import dev.roster.application.error.UnavailableException;
import java.util.List;

/** The kinds of problem the API answers with: each an HTTP status, a type URI and a title. */
public enum ProblemKind {
    INVALID_INPUT(400, "invalid-input", "Invalid input"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    REQUEST_TIMEOUT(408, "request-timeout", "Request timeout"),
    CONFLICT(409, "conflict", "Conflict"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    INTERNAL(500, "internal", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** A URN rather than a URL: it names the kind of problem without promising a page to read. */
    public String type() {
        return "urn:roster:problem:" + slug;
    }

    public String title() {
        return title;
    }

    /** The document for this kind of problem. */
    public ProblemDocument document(String detail, String requestId) {
        return new ProblemDocument(type(), title, status, detail, null, null, requestId);
    }

    /** The document answering a use case's refusal. */
    public static ProblemDocument of(RosterException refusal, String requestId) {
        if (refusal instanceof InvalidInputException invalid) {
            List<ProblemDocument.FieldProblem> errors = invalid.errors().stream()
                    .map(error -> new ProblemDocument.FieldProblem(error.field(), error.message()))
                    .toList();
            return new ProblemDocument(
                    INVALID_INPUT.type(),
                    INVALID_INPUT.title,
                    400,
                    "The request has " + errors.size() + " invalid field(s).",
                    errors,
                    null,
                    requestId);
        }
        if (refusal instanceof ConflictException conflict) {
            return new ProblemDocument(
                    CONFLICT.type(),
                    CONFLICT.title,
                    409,
                    conflict.getMessage(),
                    null,
                    conflict.reason().name(),
                    requestId);
        }
        if (refusal instanceof NotFoundException) {
            return NOT_FOUND.document(refusal.getMessage(), requestId);
        }
        if (refusal instanceof ForbiddenException) {
            return FORBIDDEN.document(refusal.getMessage(), requestId);
        }
        if (refusal instanceof RejectedFileException rejected) {
            ProblemKind kind = rejected.reason() == RejectedFileException.Reason.TOO_LARGE
                    ? PAYLOAD_TOO_LARGE
                    : UNSUPPORTED_MEDIA_TYPE;
            return kind.document(rejected.getMessage(), requestId);
        }
        if (refusal instanceof UnavailableException) {
            return UNAVAILABLE.document(
                    "A service Roster depends on did not answer; nothing was changed. " + "Try again shortly.",
                    requestId);
        }
        throw new IllegalArgumentException("unknown refusal " + refusal.getClass());
    }
}
