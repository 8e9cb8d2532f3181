package dev.roster.adapters.lambda.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.roster.adapters.http.routes.ApiRequest;
import dev.roster.adapters.http.routes.Headers;
import dev.roster.adapters.http.routes.QueryStrings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an API Gateway HTTP API event (payload format 2.0) as the route table's {@link ApiRequest}: the raw path and
 * query string, the headers, cookies folded back into one {@code Cookie} header, the body (base64-decoded when the
 * gateway encoded it), the caller's {@code sourceIp}, and the JWT claims the gateway's authorizer already verified.
 */
final class GatewayRequests {

    private GatewayRequests() {}

    /** The request, or empty when the event's body claims to be base64 but is not. */
    static Optional<ApiRequest> read(APIGatewayV2HTTPEvent event) {
        Optional<byte[]> body = body(event);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        var context = event.getRequestContext();
        var http = context == null ? null : context.getHttp();
        String method = http != null && http.getMethod() != null ? http.getMethod() : "GET";
        String sourceIp = http != null && http.getSourceIp() != null ? http.getSourceIp() : "";
        String rawPath = event.getRawPath() == null || event.getRawPath().isEmpty() ? "/" : event.getRawPath();
        return Optional.of(new ApiRequest(
                method,
                rawPath,
                QueryStrings.parse(event.getRawQueryString()),
                headers(event),
                body.get(),
                sourceIp,
                claims(event)));
    }

    private static Optional<byte[]> body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null) {
            return Optional.of(new byte[0]);
        }
        if (!event.getIsBase64Encoded()) {
            return Optional.of(body.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(Base64.getDecoder().decode(body));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Payload 2.0 joins repeated headers with commas and moves cookies to their own list; this undoes the latter. */
    private static Headers headers(APIGatewayV2HTTPEvent event) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((name, value) -> {
                if (name != null && value != null) {
                    headers.put(name, List.of(value));
                }
            });
        }
        if (event.getCookies() != null && !event.getCookies().isEmpty()) {
            headers.put("Cookie", List.of(String.join("; ", event.getCookies())));
        }
        return Headers.of(headers);
    }

    private static Map<String, Object> claims(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        if (context == null
                || context.getAuthorizer() == null
                || context.getAuthorizer().getJwt() == null
                || context.getAuthorizer().getJwt().getClaims() == null) {
            return Map.of();
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        context.getAuthorizer().getJwt().getClaims().forEach((name, value) -> {
            if (name != null && value != null) {
                claims.put(name, value);
            }
        });
        return claims;
    }
}
