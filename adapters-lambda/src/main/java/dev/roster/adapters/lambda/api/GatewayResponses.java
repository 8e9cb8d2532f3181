package dev.roster.adapters.lambda.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.roster.adapters.http.routes.ApiResponse;
import java.util.Base64;
import java.util.Locale;

/** Writes the route table's answer as an API Gateway HTTP API response: text as it is, anything else in base64. */
final class GatewayResponses {

    private GatewayResponses() {}

    static APIGatewayV2HTTPResponse write(ApiResponse response) {
        boolean text = ContentTypes.isText(contentType(response));
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(text ? response.bodyText() : Base64.getEncoder().encodeToString(response.body()))
                .withIsBase64Encoded(!text)
                .build();
    }

    /** How many bytes the response takes in Lambda's reply, where binary bodies grow by a third in base64. */
    static long payloadBytes(ApiResponse response) {
        long body = response.body().length;
        return ContentTypes.isText(contentType(response)) ? body : (body + 2) / 3 * 4;
    }

    /** The response's content type, lower-cased, or {@code ""} when it names none. */
    static String contentType(ApiResponse response) {
        return response.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .map(header -> header.getValue().toLowerCase(Locale.ROOT))
                .findFirst()
                .orElse("");
    }
}
