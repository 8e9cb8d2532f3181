package dev.roster.bench.coldstart;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The comparison: the least a hand-written handler does for the same request, one GetItem with the SDK's defaults
 * (its default HTTP client, Apache's, and the default credential chain), the item written out as JSON by hand.
 * Usage: {@code <endpoint> <table> <owner id> <account id>}; prints the response once it has one.
 */
public final class MinimalGetItemProbe {

    private MinimalGetItemProbe() {}

    public static void main(String[] args) {
        DynamoDbClient dynamo = DynamoDbClient.builder()
                .endpointOverride(URI.create(args[0]))
                .region(Region.US_EAST_1)
                .build();
        GetItemResponse found = dynamo.getItem(request -> request.tableName(args[1])
                .key(Map.of(
                        "influencer", AttributeValue.fromS(args[2]), "item", AttributeValue.fromS("A#" + args[3]))));
        StringBuilder json = new StringBuilder("{");
        found.item()
                .forEach((name, value) -> json.append('"')
                        .append(name)
                        .append("\":\"")
                        .append(value.s() == null ? String.valueOf(value.n()) : value.s())
                        .append("\","));
        json.setLength(json.length() - 1);
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder()
                .withStatusCode(found.hasItem() ? 200 : 404)
                .withBody(json.append('}').toString())
                .build();
        System.out.println("RESPONSE " + response.getStatusCode() + " "
                + response.getBody().length());
        System.exit(0);
    }
}
