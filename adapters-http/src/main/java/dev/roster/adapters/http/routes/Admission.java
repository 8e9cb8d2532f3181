package dev.roster.adapters.http.routes;

/**
 * What the edge decided from a request's head, before any of its body was read.
 */
public sealed interface Admission {

    /**
     * The request is turned away; its body is not read. The transport sends the response and closes the connection,
     * whatever the request's {@code Content-Length} said. Already written to the request log.
     */
    record Refused(ApiResponse response) implements Admission {}

    /** The request may go on: the transport reads its body, at most {@link #bodyLimit()} bytes and one more. */
    non-sealed interface Admitted extends Admission {

        /** The most body bytes the route takes; one byte more tells the route table the body is too large. */
        long bodyLimit();

        /** Answers the request with the body read (and writes it to the request log). */
        ApiResponse respond(byte[] body);

        /** Answers a request whose body stopped coming (idle, or slower than the minimum rate), with 408. */
        ApiResponse bodyStalled();
    }
}
