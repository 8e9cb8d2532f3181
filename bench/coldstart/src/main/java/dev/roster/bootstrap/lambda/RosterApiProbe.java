package dev.roster.bootstrap.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.roster.adapters.dynamodb.DynamoClients;
import dev.roster.adapters.lambda.aws.AwsClientSettings;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.regions.Region;

/**
 * Roster's side of the cold-start benchmark: builds the API function as Lambda would at initialisation (its whole
 * wiring: the DynamoDB client and the SDK's warm-up on threads of their own, the use cases, the route table, JSON; the
 * S3 and SQS clients and the validator wait for their first use, as on Lambda) and answers one GET account event. Lives in the functions' package to reach the
 * wiring that takes an emulator's endpoint. Usage: {@code <dynamodb endpoint> <table prefix> <account id>}; prints the
 * response once it has one.
 */
public final class RosterApiProbe {

    private RosterApiProbe() {}

    public static void main(String[] args) {
        Map<String, String> environment = Map.of(
                "AWS_REGION",
                "us-east-1",
                "ROSTER_DYNAMODB_TABLE_PREFIX",
                args[1],
                "ROSTER_FILES_BUCKET",
                "unused",
                "ROSTER_JOBS_QUEUE_URL",
                "http://127.0.0.1:9/queue/unused",
                "ROSTER_ALLOWED_CIDRS",
                "127.0.0.0/8");
        LambdaSettings settings = LambdaSettings.of(environment, LambdaVariable.Function.API);
        // S3 and SQS are never called by a GET: any endpoint will do.
        AwsClientSettings unused =
                AwsClientSettings.endpoint(URI.create("http://127.0.0.1:9"), Region.US_EAST_1, "x", "x");
        ApiFunction function = new ApiFunction(
                LambdaWiring.of(settings, () -> DynamoClients.local(URI.create(args[0])), unused, unused),
                settings,
                new PrintStream(PrintStream.nullOutputStream()));
        APIGatewayV2HTTPResponse response = function.handleRequest(
                GatewayEvents.of("GET", "/api/platforms/a/accounts/" + args[2], null, "127.0.0.1", "[viewer]"), null);
        System.out.println("RESPONSE " + response.getStatusCode() + " "
                + response.getBody().length());
        System.exit(0);
    }
}
