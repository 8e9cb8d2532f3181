package dev.roster.e2e;

import java.util.List;

/**
 * The same scenarios through the Lambda API handler: {@code roster serve --via-lambda} turns each request into an
 * API Gateway HTTP API event, as AWS does, so the Lambda path is exercised end to end without AWS.
 */
class PackagedServerViaLambdaIT extends PackagedServerOnPostgres {

    @Override
    protected List<String> transportArguments() {
        return List.of("--via-lambda");
    }
}
