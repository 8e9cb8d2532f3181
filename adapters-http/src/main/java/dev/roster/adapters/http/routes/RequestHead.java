package dev.roster.adapters.http.routes;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a request says before its body: the request line and the headers. The edge decides on this alone (address,
 * host and origin, route, credentials, role, declared size and type), so that a caller it turns away never gets a
 * byte of body read.
 *
 * @param path           the raw path, without the query string
 * @param rawQuery       the query string as sent, or {@code ""}
 * @param peerAddress    the address the connection came from (a proxy, perhaps), as an IP literal
 * @param verifiedClaims JWT claims a trusted gateway already verified; empty when the route table must verify the
 *                       bearer token itself
 */
public record RequestHead(
        String method,
        String path,
        String rawQuery,
        Headers headers,
        String peerAddress,
        Map<String, Object> verifiedClaims) {

    public RequestHead {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(peerAddress, "peerAddress");
        rawQuery = rawQuery == null ? "" : rawQuery;
        verifiedClaims = Map.copyOf(verifiedClaims);
    }

    /** The body's length as {@code Content-Length} declares it; empty when it is not declared (or not a number). */
    public OptionalLong declaredLength() {
        Optional<String> length = headers.first("Content-Length");
        if (length.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long declared = Long.parseLong(length.get().strip());
            return declared < 0 ? OptionalLong.empty() : OptionalLong.of(declared);
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    /** Whether a body follows the headers: a positive {@code Content-Length}, or a chunked one. */
    public boolean announcesBody() {
        return declaredLength().orElse(0) > 0
                || headers.first("Transfer-Encoding").isPresent();
    }

    /** The request with its body, as the route's handler sees it. */
    public ApiRequest withBody(byte[] body) {
        return new ApiRequest(method, path, QueryStrings.parse(rawQuery), headers, body, peerAddress, verifiedClaims);
    }
}
