package dev.roster.adapters.lambda.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.problem.ProblemKind;
import java.util.Objects;

/**
 * The API function: each API Gateway HTTP API event (payload 2.0) goes through the same route table the local
 * server uses, and its answer goes back as the gateway expects it. Built once, at initialisation; nothing is
 * built per request.
 */
public final class ApiGatewayHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final HttpApi api;
    private final OversizedResponses oversized;
    private final ApiResponse undecodableBody;

    public ApiGatewayHandler(HttpApi api, OversizedResponses oversized, JsonCodec json) {
        this.api = Objects.requireNonNull(api, "api");
        this.oversized = Objects.requireNonNull(oversized, "oversized");
        this.undecodableBody = ApiResponse.of(
                400,
                ApiResponse.PROBLEM_JSON,
                json.write(ProblemKind.INVALID_INPUT.document("The request body is marked base64 but is not.", null)));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ApiResponse response = GatewayRequests.read(event).map(api::handle).orElse(undecodableBody);
        return GatewayResponses.write(oversized.fit(response));
    }
}
