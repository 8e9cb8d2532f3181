package dev.roster.bootstrap.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.roster.adapters.http.routes.Admission;
import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.HttpService;
import dev.roster.adapters.http.routes.RequestHead;
import dev.roster.adapters.lambda.api.ContentTypes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What API Gateway does in front of the API function, on a laptop: each HTTP request becomes a payload 2.0 event
 * (headers lower-cased and joined with commas, cookies in their own list, binary bodies in base64, the peer as
 * {@code sourceIp}), the real handler answers it, and its response goes back as HTTP. As API Gateway's authorizer
 * decides before the function runs, the API's own edge decides here on the request's head, before its body is read: a
 * refused caller is answered at once. Served by the same Jetty server as the API itself, so bodies are read under the
 * same idle timeout and minimum rate.
 */
public final class LocalApiGateway implements HttpService {

    /** Lambda refuses invocation payloads over 6 MB; the gateway answers 413 as API Gateway does. */
    static final int MAX_REQUEST_BYTES = 6 * 1024 * 1024;

    private final HttpService edge;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function;
    private final Clock clock;

    /** @param edge decides on each request's head, as the gateway's authorizer would: the API's own edge */
    public LocalApiGateway(
            HttpService edge, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function, Clock clock) {
        this.edge = edge;
        this.function = function;
        this.clock = clock;
    }

    @Override
    public Admission admit(RequestHead head) {
        Admission decided = edge.admit(head);
        if (!(decided instanceof Admission.Admitted admitted)) {
            return decided;
        }
        if (head.declaredLength().orElse(0) > MAX_REQUEST_BYTES) {
            return new Admission.Refused(tooLarge());
        }
        return new Admission.Admitted() {
            @Override
            public long bodyLimit() {
                // The route's own limit when smaller (the function answers 413 past it), else Lambda's.
                return Math.min(admitted.bodyLimit(), MAX_REQUEST_BYTES);
            }

            @Override
            public ApiResponse respond(byte[] body) {
                return body.length > MAX_REQUEST_BYTES ? tooLarge() : invoke(head, body);
            }

            @Override
            public ApiResponse bodyStalled() {
                return admitted.bodyStalled();
            }
        };
    }

    private ApiResponse invoke(RequestHead head, byte[] body) {
        try {
            APIGatewayV2HTTPResponse response = function.handleRequest(event(head, body), null);
            byte[] payload = response.getBody() == null
                    ? new byte[0]
                    : response.getIsBase64Encoded()
                            ? Base64.getDecoder().decode(response.getBody())
                            : response.getBody().getBytes(StandardCharsets.UTF_8);
            return new ApiResponse(
                    response.getStatusCode(),
                    response.getHeaders() == null ? Map.of() : response.getHeaders(),
                    payload);
        } catch (RuntimeException failed) {
            // The function itself failed: API Gateway answers 500 with this body and nothing else.
            return ApiResponse.of(
                    500,
                    "application/json",
                    "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static ApiResponse tooLarge() {
        return ApiResponse.of(
                413, "application/json", "{\"message\":\"Request Entity Too Large\"}".getBytes(StandardCharsets.UTF_8));
    }

    private APIGatewayV2HTTPEvent event(RequestHead head, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        head.headers()
                .asMap()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        List<String> cookies = headers.containsKey("cookie")
                ? Arrays.stream(headers.remove("cookie").split(";\\s*"))
                        .filter(cookie -> !cookie.isBlank())
                        .toList()
                : null;
        boolean text = ContentTypes.isText(headers.getOrDefault("content-type", ""));
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(head.path())
                .withRawQueryString(head.rawQuery())
                .withHeaders(headers)
                .withCookies(cookies)
                .withBody(
                        body.length == 0
                                ? null
                                : text
                                        ? new String(body, StandardCharsets.UTF_8)
                                        : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !text)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey("$default")
                        .withStage("$default")
                        .withRequestId(UUID.randomUUID().toString())
                        .withTimeEpoch(clock.millis())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(head.method())
                                .withPath(head.path())
                                .withProtocol("HTTP/1.1")
                                .withSourceIp(head.peerAddress())
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .build())
                .build();
    }
}
