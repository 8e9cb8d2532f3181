package dev.roster.adapters.http.routes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as the route table sees it, whichever transport carried it (Jetty locally, API Gateway on AWS).
 *
 * @param path           the decoded path, without the query string
 * @param query          the query parameters, each with every value sent
 * @param peerAddress    the address the connection came from (a proxy, perhaps), as an IP literal
 * @param verifiedClaims JWT claims a trusted gateway already verified; empty when the route table must verify the
 *                       bearer token itself
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        Headers headers,
        byte[] body,
        String peerAddress,
        Map<String, Object> verifiedClaims) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(peerAddress, "peerAddress");
        query = Map.copyOf(query);
        body = body == null ? new byte[0] : body;
        verifiedClaims = Map.copyOf(verifiedClaims);
    }

    /** The first value of a query parameter, if given. */
    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
