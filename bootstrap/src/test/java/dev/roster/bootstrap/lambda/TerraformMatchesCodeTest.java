package dev.roster.bootstrap.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.adapters.dynamodb.schema.RosterTables;
import dev.roster.adapters.dynamodb.schema.TableDefinition;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.RouteTable;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.application.Roster;
import dev.roster.application.testkit.InMemoryPorts;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.TextSheets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Terraform under {@code deploy/terraform} names what the code reads: handler classes that exist and handle
 * events, exactly the environment variables each function reads, and the tables {@code RosterTables} defines. The
 * Terraform is parsed by HashiCorp's own parser (via {@code @cdktf/hcl2json}; {@code scripts/test} runs
 * {@code npm ci} in {@code deploy/terraform/check}).
 */
class TerraformMatchesCodeTest {

    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode terraform;
    private static JsonNode functions;
    private static JsonNode commonEnvironment;

    @BeforeAll
    static void parseTerraform() throws Exception {
        Process node = new ProcessBuilder("node", "deploy/terraform/check/hcl2json.mjs").directory(ROOT.toFile())
                .redirectErrorStream(false).start();
        byte[] output = node.getInputStream().readAllBytes();
        String errors = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as("hcl2json failed (run scripts/test, which runs npm ci first): " + errors)
                .isZero();
        terraform = JSON.readTree(output).get("files");
        JsonNode locals = terraform.at("/modules~1functions~1main.tf/locals");
        for (JsonNode block : locals) {
            if (block.has("functions")) {
                functions = block.get("functions");
            }
            if (block.has("common_environment")) {
                commonEnvironment = block.get("common_environment");
            }
        }
        assertThat(functions).as("locals.functions in modules/functions/main.tf").isNotNull();
        assertThat(commonEnvironment).as("locals.common_environment in modules/functions/main.tf").isNotNull();
    }

    @Test
    void everyFunctionsHandlerIsARequestHandlerOfTheLambdaArtifact() throws Exception {
        assertThat(names(functions)).containsExactlyInAnyOrder("api", "worker", "scheduler");
        for (LambdaVariable.Function function : LambdaVariable.Function.values()) {
            String handler = functions.at("/" + key(function) + "/handler").asText();
            String[] classAndMethod = handler.split("::");
            Class<?> type = Class.forName(classAndMethod[0]);
            assertThat(RequestHandler.class).as(handler).isAssignableFrom(type);
            assertThat(classAndMethod[1]).isEqualTo("handleRequest");
            assertThat(type.getConstructor()).as("Lambda needs a public no-argument constructor").isNotNull();
        }
    }

    @Test
    void eachFunctionIsGivenExactlyTheVariablesItReads() {
        for (LambdaVariable.Function function : LambdaVariable.Function.values()) {
            Set<String> given = new TreeSet<>(names(commonEnvironment));
            given.addAll(names(functions.at("/" + key(function) + "/environment")));
            given.remove("JAVA_TOOL_OPTIONS");
            Set<String> read = Arrays.stream(LambdaVariable.values()).filter(variable -> variable.readBy(function))
                    .map(LambdaVariable::variable).collect(Collectors.toCollection(TreeSet::new));

            assertThat(given).as("the " + function + " function's environment").isEqualTo(read);
        }
    }

    @Test
    void eachFunctionsRoleGrantsExactlyTheActionsItsCodeCalls() {
        for (LambdaVariable.Function function : LambdaVariable.Function.values()) {
            JsonNode granted = functions.get(key(function));
            FunctionPermissions called = FunctionPermissions.OF.get(function);

            assertThat(texts(granted.get("dynamodb_actions"))).as(function + " DynamoDB").isEqualTo(called.dynamodb());
            assertThat(texts(granted.get("s3_actions"))).as(function + " S3").isEqualTo(called.s3());
            assertThat(texts(granted.get("sqs_actions"))).as(function + " SQS").isEqualTo(called.sqs());
        }
    }

    @Test
    void theExpensiveRoutesAreRoutesOfTheCodeThrottledApart() {
        JsonNode api = terraform.get("modules/api/main.tf");
        Set<String> expensive = new TreeSet<>();
        api.get("locals").forEach(block -> {
            if (block.has("expensive_routes")) {
                expensive.addAll(texts(block.get("expensive_routes")));
            }
        });
        RouteTable routes = RosterApi.routes(InMemoryPorts.everyCapability(new InMemoryStorage()).build(), "memory",
                new JsonCodec());

        assertThat(expensive).contains("POST /api/platforms/{platform}/imports", "GET /api/platforms/{platform}/exports");
        for (String route : expensive) {
            String[] methodAndPath = route.split(" ", 2);
            assertThat(routes.routes()).as(route).anyMatch(candidate -> candidate.method().equals(methodAndPath[0])
                    && candidate.path().text().equals(methodAndPath[1]));
        }
        JsonNode settings = api.at("/resource/aws_apigatewayv2_stage/default/0/dynamic/route_settings/0");
        assertThat(settings.get("for_each").asText()).contains("local.expensive_routes");
    }

    @Test
    void productionRequiresASecondFactorToSignIn() {
        JsonNode identity = terraform.at("/envs~1prod~1main.tf/module/identity/0");

        assertThat(identity.get("mfa").asText()).isEqualTo("ON");
    }

    @Test
    void productionsPresignedLinksWorkOnlyFromTheAllowlist() {
        JsonNode files = terraform.at("/envs~1prod~1main.tf/module/files/0");
        JsonNode policy = terraform.at("/modules~1files~1main.tf/data/aws_iam_policy_document/tls_only/0/dynamic/statement/0/content/0");

        assertThat(files.get("presigned_source_cidrs").asText()).isEqualTo("${var.allowed_cidrs}");
        assertThat(policy.toString()).contains("REST-QUERY-STRING").contains("aws:SourceIp")
                .contains("NotIpAddress");
    }

    @Test
    void theTablesTerraformCreatesAreTheTablesTheCodeDefines() throws IOException {
        JsonNode expected = tablesJson();
        JsonNode committed = JSON.readTree(ROOT.resolve("deploy/terraform/tables.json").toFile());
        Path regenerated = Paths.get("target", "tables.json");
        Files.writeString(regenerated, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n");

        assertThat(committed).as("deploy/terraform/tables.json is generated from RosterTables: copy "
                + regenerated.toAbsolutePath() + " over it").isEqualTo(expected);
    }

    /** The tables of {@link RosterTables#ALL} in the shape the Terraform data module reads. */
    private static JsonNode tablesJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode tables = root.putArray("tables");
        for (TableDefinition table : RosterTables.ALL) {
            ObjectNode node = tables.addObject();
            node.put("name", table.name());
            node.set("hashKey", key(table.partitionKey(), "S"));
            node.set("rangeKey", table.sort().map(sort -> (JsonNode) key(sort, table.numericSortKey() ? "N" : "S"))
                    .orElse(JSON.nullNode()));
            node.putArray("globalSecondaryIndexes");
            node.set("ttlAttribute", table.ttl().map(ttl -> (JsonNode) JSON.getNodeFactory().textNode(ttl))
                    .orElse(JSON.nullNode()));
        }
        return root;
    }

    private static ObjectNode key(String name, String type) {
        ObjectNode key = JSON.createObjectNode();
        key.put("name", name);
        key.put("type", type);
        return key;
    }

    private static String key(LambdaVariable.Function function) {
        return function.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The texts of a list, or of the list of the functions module's {@code local} that it names. */
    private static Set<String> texts(JsonNode list) {
        JsonNode array = list;
        java.util.regex.Matcher local = java.util.regex.Pattern.compile("\\$\\{local\\.(\\w+)}")
                .matcher(list.asText());
        if (local.matches()) {
            array = null;
            for (JsonNode block : terraform.at("/modules~1functions~1main.tf/locals")) {
                if (block.has(local.group(1))) {
                    array = block.get(local.group(1));
                }
            }
            assertThat(array).as("local." + local.group(1)).isNotNull();
        }
        Set<String> texts = new TreeSet<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
