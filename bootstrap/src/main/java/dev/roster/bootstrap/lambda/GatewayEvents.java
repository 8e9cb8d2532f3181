package dev.roster.bootstrap.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/** API Gateway HTTP API events as the gateway sends them for a caller its JWT authorizer let through. */
final class GatewayEvents {

    private GatewayEvents() {}

    /**
     * @param body     a JSON body, or {@code null}
     * @param groups   the caller's Cognito groups as the authorizer flattens them, e.g. {@code [editor]}
     */
    static APIGatewayV2HTTPEvent of(String method, String path, String body, String sourceIp, String groups) {
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath(path)
                .withHeaders(body == null ? Map.of() : Map.of("content-type", "application/json"))
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withSourceIp(sourceIp)
                                .build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT
                                        .builder()
                                        .withClaims(Map.of(
                                                "sub",
                                                "gateway-caller",
                                                "token_use",
                                                "access",
                                                "cognito:groups",
                                                groups))
                                        .build())
                                .build())
                        .build())
                .build();
    }
}
