package dev.roster.bootstrap.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.adapters.dynamodb.schema.StoreSchema;
import dev.roster.adapters.dynamodb.schema.TableDefinition;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.RouteTable;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.application.consent.FileConsentForm;
import dev.roster.application.testkit.InMemoryPorts;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.bootstrap.local.WebApp;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Terraform under {@code deploy/terraform} names what the code reads: handler classes that exist and handle
 * events, exactly the environment variables each function reads, the tables {@code StoreSchema} defines, and the
 * web UI served as {@code roster serve} serves it (security headers, caching, the API on the same domain). The
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
        Process node = new ProcessBuilder("node", "deploy/terraform/check/hcl2json.mjs")
                .directory(ROOT.toFile())
                .redirectErrorStream(false)
                .start();
        byte[] output = node.getInputStream().readAllBytes();
        String errors = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue())
                .as("hcl2json failed (run scripts/test, which runs npm ci first): " + errors)
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
        assertThat(functions)
                .as("locals.functions in modules/functions/main.tf")
                .isNotNull();
        assertThat(commonEnvironment)
                .as("locals.common_environment in modules/functions/main.tf")
                .isNotNull();
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
            assertThat(Modifier.isPublic(type.getModifiers()))
                    .as(handler + " is public")
                    .isTrue();
            assertThat(type.getConstructors())
                    .as("Lambda needs a public no-argument constructor")
                    .anyMatch(constructor -> constructor.getParameterCount() == 0);
        }
    }

    @Test
    void eachFunctionIsGivenExactlyTheVariablesItReads() {
        for (LambdaVariable.Function function : LambdaVariable.Function.values()) {
            Set<String> given = new TreeSet<>(names(commonEnvironment));
            given.addAll(names(functions.at("/" + key(function) + "/environment")));
            given.remove("JAVA_TOOL_OPTIONS");
            Set<String> read = Arrays.stream(LambdaVariable.values())
                    .filter(variable -> variable.readBy(function))
                    .map(LambdaVariable::variable)
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(given).as("the " + function + " function's environment").isEqualTo(read);
        }
    }

    @Test
    void eachFunctionsRoleGrantsExactlyTheActionsItsCodeCalls() {
        for (LambdaVariable.Function function : LambdaVariable.Function.values()) {
            JsonNode granted = functions.get(key(function));
            FunctionPermissions called = FunctionPermissions.OF.get(function);

            assertThat(texts(granted.get("dynamodb_actions")))
                    .as(function + " DynamoDB")
                    .isEqualTo(called.dynamodb());
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
        RouteTable routes = RosterApi.routes(
                InMemoryPorts.everyCapability(new InMemoryStorage()).build(), "memory", new JsonCodec());

        assertThat(expensive)
                .contains("POST /api/platforms/{platform}/imports", "GET /api/platforms/{platform}/exports");
        for (String route : expensive) {
            String[] methodAndPath = route.split(" ", 2);
            assertThat(routes.routes())
                    .as(route)
                    .anyMatch(candidate -> candidate.method().equals(methodAndPath[0])
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
        JsonNode policy = terraform.at(
                "/modules~1files~1main.tf/data/aws_iam_policy_document/tls_only/0/dynamic/statement/0/content/0");

        assertThat(files.get("presigned_source_cidrs").asText()).isEqualTo("${var.allowed_cidrs}");
        assertThat(policy.toString())
                .contains("REST-QUERY-STRING")
                .contains("aws:SourceIp")
                .contains("NotIpAddress");
    }

    @Test
    void theTablesTerraformCreatesAreTheTablesTheCodeDefines() throws IOException {
        JsonNode expected = tablesJson();
        JsonNode committed =
                JSON.readTree(ROOT.resolve("deploy/terraform/tables.json").toFile());
        Path regenerated = Paths.get("target", "tables.json");
        Files.writeString(regenerated, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n");

        assertThat(committed)
                .as("deploy/terraform/tables.json is generated from StoreSchema: copy " + regenerated.toAbsolutePath()
                        + " over it")
                .isEqualTo(expected);
    }

    @Test
    void cloudFrontServesTheWebUiAsRosterServeDoes() throws IOException {
        JsonNode web = terraform.get("modules/web/main.tf");
        String policy = web.at("/locals/0/content_security_policy").asText();
        for (String directive : WebApp.CONTENT_SECURITY_POLICY.split("; ")) {
            assertThat(policy)
                    .as("CloudFront's Content-Security-Policy has roster serve's " + directive)
                    .contains("\"" + directive);
        }
        JsonNode distribution = web.at("/resource/aws_cloudfront_distribution/web/0");
        Map<String, JsonNode> behaviours = new TreeMap<>();
        distribution
                .get("ordered_cache_behavior")
                .forEach(behaviour ->
                        behaviours.put(behaviour.get("path_pattern").asText(), behaviour));
        assertThat(behaviours).containsOnlyKeys("/api/*", "/assets/*", "/config.json");
        assertThat(behaviours.get("/api/*").get("target_origin_id").asText()).isEqualTo("${local.api_origin}");
        assertThat(behaviours.get("/api/*").get("allowed_methods").toString()).contains("PATCH", "DELETE");
        assertThat(behaviours.get("/api/*").get("cache_policy_id").asText()).isEqualTo("${local.caching_disabled}");
        assertThat(behaviours.get("/assets/*").get("cache_policy_id").asText()).isEqualTo("${local.caching_optimized}");
        assertThat(behaviours.get("/config.json").get("cache_policy_id").asText())
                .isEqualTo("${local.caching_disabled}");
        JsonNode fallback = distribution.at("/default_cache_behavior/0");
        assertThat(fallback.get("cache_policy_id").asText())
                .as("index.html is never cached")
                .isEqualTo("${local.caching_disabled}");
        assertThat(fallback.at("/function_association/0/function_arn").asText())
                .contains("aws_cloudfront_function.spa");
        JsonNode headers = web.at("/resource/aws_cloudfront_response_headers_policy/security/0")
                .at("/security_headers_config/0");
        assertThat(headers.at("/strict_transport_security/0/access_control_max_age_sec")
                        .asLong())
                .isGreaterThanOrEqualTo(31_536_000L);
        JsonNode privateBucket = web.at("/resource/aws_s3_bucket_public_access_block/web/0");
        for (String block :
                List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets")) {
            assertThat(privateBucket.get(block).asBoolean()).as(block).isTrue();
        }
        assertThat(web.at("/resource/aws_cloudfront_origin_access_control/web/0/signing_behavior")
                        .asText())
                .isEqualTo("always");
    }

    @Test
    void cognitoSendsRosterLoginBackToThePortsTheCliListensOn() {
        List<Integer> ports = new java.util.ArrayList<>();
        terraform
                .at("/modules~1identity~1variables.tf/variable/cli_callback_ports/0/default")
                .forEach(port -> ports.add(port.asInt()));
        assertThat(ports).isEqualTo(dev.roster.bootstrap.signin.LoopbackReceiver.DEFAULT_PORTS);
        assertThat(terraform
                        .at("/modules~1identity~1main.tf/locals/0/cli_callback_urls")
                        .asText())
                .contains("http://localhost:${port}/callback");
        assertThat(terraform
                        .at("/modules~1identity~1main.tf/resource/aws_cognito_user_pool_client/web/0/callback_urls")
                        .asText())
                .contains("local.cli_callback_urls");
    }

    @Test
    void cognitoSendsSignInsBackWhereTheWebUiFinishesThem() throws IOException {
        Matcher callback = Pattern.compile("CALLBACK_PATH = '([^']+)'")
                .matcher(Files.readString(ROOT.resolve("web/src/auth/cognito.ts")));
        assertThat(callback.find())
                .as("CALLBACK_PATH in web/src/auth/cognito.ts")
                .isTrue();
        for (String env : List.of("dev", "prod")) {
            JsonNode identity = terraform.at("/envs~1" + env + "~1main.tf/module/identity/0");
            assertThat(identity.get("callback_urls").asText())
                    .as(env)
                    .contains("${module.web.url}" + callback.group(1));
            assertThat(terraform
                            .at("/envs~1" + env + "~1main.tf/module/web/0/api_endpoint")
                            .asText())
                    .isEqualTo("${module.api.endpoint}");
        }
    }

    /**
     * Each alarm over Roster's own metrics names a metric the code emits, in the namespace it writes to, under a set of
     * dimensions it emits that metric with: an alarm on a metric nobody writes would never go off.
     */
    @Test
    void everyAlarmOnRostersMetricsNamesAMetricTheCodeEmitsWithItsDimensions() {
        JsonNode monitoring = terraform.get("modules/monitoring/main.tf");
        JsonNode alarms = null;
        String namespace = null;
        for (JsonNode block : monitoring.get("locals")) {
            if (block.has("roster_alarms")) {
                alarms = block.get("roster_alarms");
            }
            if (block.has("metrics_namespace")) {
                namespace = block.get("metrics_namespace").asText();
            }
        }
        assertThat(alarms)
                .as("locals.roster_alarms in modules/monitoring/main.tf")
                .isNotNull();
        assertThat(namespace).isEqualTo(LambdaRequestLog.NAMESPACE);
        assertThat(monitoring
                        .at("/resource/aws_cloudwatch_metric_alarm/roster/0/dynamic/metric_query/0/content/0/metric/0")
                        .get("namespace")
                        .asText())
                .isEqualTo("${local.metrics_namespace}");
        assertThat(names(alarms))
                .containsExactlyInAnyOrder(
                        "collection-failure-ratio", "import-jobs-failed", "import-rows-failed-ratio");
        alarms.fields().forEachRemaining(alarm -> {
            JsonNode metrics = alarm.getValue().get("metrics");
            String expression = alarm.getValue().get("expression").asText();
            metrics.fields().forEachRemaining(query -> {
                String metric = query.getValue().get("metric").asText();
                Set<String> dimensions = names(query.getValue().get("dimensions"));
                assertThat(EmfMeter.METRICS)
                        .as(alarm.getKey() + " names " + metric + " by " + dimensions
                                + ": a metric the code emits under those dimensions (EmfMeter.METRICS)")
                        .anyMatch(emitted -> emitted.name().equals(metric)
                                && emitted.dimensions().stream()
                                        .anyMatch(set -> Set.copyOf(set).equals(dimensions)));
                assertThat(expression).as(alarm.getKey()).contains(query.getKey());
            });
        });
        JsonNode importJobs = alarms.at("/import-jobs-failed/metrics");
        assertThat(List.of(
                        importJobs.at("/failed/dimensions/outcome").asText(),
                        importJobs.at("/abandoned/dimensions/outcome").asText()))
                .as("outcomes RunJob counts")
                .containsExactly("failed", "abandoned");
        String others = monitoring.at("/locals").toString();
        assertThat(others)
                .as("the dead-letter queue's depth is alarmed on")
                .contains("ApproximateNumberOfMessagesVisible")
                .contains("var.dead_letter_queue_name");
    }

    /** The tables of {@link StoreSchema#ALL} in the shape the Terraform data module reads. */
    private static JsonNode tablesJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode tables = root.putArray("tables");
        for (TableDefinition table : StoreSchema.ALL) {
            ObjectNode node = tables.addObject();
            node.put("name", table.name());
            node.set("hashKey", key(table.partitionKey(), "S"));
            node.set(
                    "rangeKey",
                    table.sort()
                            .map(sort -> (JsonNode) key(sort, table.numericSortKey() ? "N" : "S"))
                            .orElse(JSON.nullNode()));
            node.putArray("globalSecondaryIndexes");
            node.set(
                    "ttlAttribute",
                    table.ttl()
                            .map(ttl -> (JsonNode) JSON.getNodeFactory().textNode(ttl))
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
    @Test
    void consentFormsAreKeptWhereS3KeepsThemAndUploadsWhereItExpiresThem() {
        JsonNode files = terraform.get("modules/files/main.tf");
        JsonNode locals = files.get("locals").get(0);
        JsonNode rules = files.at("/resource/aws_s3_bucket_lifecycle_configuration/files/0/rule");
        JsonNode infrequent = null;
        for (JsonNode rule : rules) {
            if (rule.path("id").asText().equals("consent-to-infrequent-access")) {
                infrequent = rule;
            }
        }

        assertThat(locals.get("consent_prefix").asText()).isEqualTo(FileConsentForm.DOCUMENT_PREFIX);
        assertThat(texts(locals.get("temporary_prefixes")))
                .noneMatch(FileConsentForm.DOCUMENT_PREFIX::startsWith)
                .anyMatch(FileConsentForm.UPLOAD_PREFIX::startsWith);
        assertThat(infrequent).as("the consent prefix's lifecycle rule").isNotNull();
        assertThat(infrequent.at("/filter/0/prefix").asText()).isEqualTo("${local.consent_prefix}");
        assertThat(infrequent.at("/transition/0/storage_class").asText()).isEqualTo("STANDARD_IA");
        assertThat(infrequent.has("expiration"))
                .as("consent forms are never expired")
                .isFalse();
    }

    private static Set<String> texts(JsonNode list) {
        JsonNode array = list;
        java.util.regex.Matcher local =
                java.util.regex.Pattern.compile("\\$\\{local\\.(\\w+)}").matcher(list.asText());
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
