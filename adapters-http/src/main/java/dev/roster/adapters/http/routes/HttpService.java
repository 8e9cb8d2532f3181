package dev.roster.adapters.http.routes;

/**
 * What an HTTP transport serves, in two steps: a decision on the request's head, then, only for a request admitted, an
 * answer to it with its body.
 */
@FunctionalInterface
public interface HttpService {

    Admission admit(RequestHead head);
}
