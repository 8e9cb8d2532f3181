package dev.roster.adapters.http.routes;

/** Where the record of each request goes, and what went wrong inside one. */
public interface RequestLog {

    void record(RequestRecord record);

    /** A request failed on our side (a bug, or a dependency down); the caller only hears the request id. */
    void failure(String requestId, Throwable cause);
}
