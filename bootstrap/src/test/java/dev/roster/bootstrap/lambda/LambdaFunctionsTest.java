package dev.roster.bootstrap.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.InternalServer;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.FakeSitePlatforms;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The three Lambda functions as Lambda would build them from their environment, on Roster's DynamoDB test server, S3Proxy and
 * ElasticMQ: API requests as API Gateway sends them, an import queued by the API and run by the worker from the
 * message SQS holds, and metric collection of the platforms of a definitions file, from the fake platform site.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LambdaFunctionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static FakePlatformSite site;
    private static Path dir;
    private static LambdaEmulators aws;
    private static ApiFunction api;
    private static WorkerFunction worker;
    private static SchedulerFunction scheduler;
    /** What the worker and the scheduler wrote, as Lambda would have captured it from standard output. */
    private static final ByteArrayOutputStream WORKER_LINES = new ByteArrayOutputStream();

    private static final ByteArrayOutputStream SCHEDULER_LINES = new ByteArrayOutputStream();
    /** The DynamoDB actions each function called, recorded by its own client. */
    private static final Map<LambdaVariable.Function, CalledActions> CALLED = Map.of(
            LambdaVariable.Function.API,
            new CalledActions(),
            LambdaVariable.Function.WORKER,
            new CalledActions(),
            LambdaVariable.Function.SCHEDULER,
            new CalledActions());

    @BeforeAll
    static void deploy() throws Exception {
        site = FakePlatformSite.start(100);
        dir = Files.createTempDirectory("roster-lambda-functions");
        // Platform a is read over http from the fake site; platform b with a browser, which Lambda does not have.
        Path platforms =
                FakeSitePlatforms.write(dir.resolve("platforms.yaml"), site, Map.of("ratePerMinute", "0"), Map.of());
        Map<String, String> deployment = Map.of("ROSTER_PLATFORMS_FILE", platforms.toString());
        aws = new LambdaEmulators();
        // Imports of more than one row are queued, so two rows make a job for the worker.
        LambdaSettings apiSettings = LambdaSettings.of(
                aws.environment(Map.of("ROSTER_IMPORT_SYNC_ROWS", "1", "ROSTER_PLATFORMS_FILE", platforms.toString())),
                LambdaVariable.Function.API);
        api = new ApiFunction(recorded(apiSettings), apiSettings, new PrintStream(PrintStream.nullOutputStream()));
        LambdaSettings workerSettings = LambdaSettings.of(aws.environment(deployment), LambdaVariable.Function.WORKER);
        worker = new WorkerFunction(recorded(workerSettings), workerSettings, captured(WORKER_LINES));
        scheduler = new SchedulerFunction(
                recorded(LambdaSettings.of(aws.environment(deployment), LambdaVariable.Function.SCHEDULER)),
                captured(SCHEDULER_LINES));
    }

    /** The function's wiring, over a DynamoDB client that records the actions it calls. */
    private static LambdaWiring recorded(LambdaSettings settings) {
        return aws.wiring(settings, () -> aws.dynamoClient(CALLED.get(settings.function())));
    }

    @AfterAll
    static void tearDown() throws Exception {
        aws.close();
        site.close();
    }

    @Test
    void primingTouchesEveryLayerAndChangesNothing() {
        assertThat(api.prime()).containsExactly(200, 404, 400);
    }

    @Test
    void aReadBuildsNothingThatWaitsForFirstUseAndTheSnapshotPrimingBuildsAllOfIt() {
        LambdaSettings settings = LambdaSettings.of(aws.environment(Map.of()), LambdaVariable.Function.API);
        LambdaWiring wiring = aws.wiring(settings);
        ApiFunction fresh = new ApiFunction(wiring, settings, new PrintStream(PrintStream.nullOutputStream()));

        assertThat(fresh.handleRequest(event("GET", "/api/platforms", null, "[viewer]"), null)
                        .getStatusCode())
                .isEqualTo(200);
        assertThat(List.of(
                        wiring.s3().built(),
                        wiring.sqs().built(),
                        wiring.validator().built()))
                .containsOnly(false);

        fresh.beforeCheckpoint(null);
        assertThat(wiring.deferredBuilt()).isTrue();
    }

    @Test
    void aDynamoDbClientThatCannotBeBuiltStopsTheFunctionFromStartingThoughItIsBuiltAlongside() {
        LambdaSettings settings = LambdaSettings.of(aws.environment(Map.of()), LambdaVariable.Function.API);
        IllegalStateException broken = new IllegalStateException("no DynamoDB client for this region");

        assertThatThrownBy(() -> new ApiFunction(
                        aws.wiring(settings, () -> {
                            throw broken;
                        }),
                        settings,
                        new PrintStream(PrintStream.nullOutputStream())))
                .isSameAs(broken);
    }

    @Test
    void registersAndShowsAnAccountThroughApiGatewayEvents() throws Exception {
        APIGatewayV2HTTPResponse created = api.handleRequest(
                event(
                        "POST",
                        "/api/platforms/a/accounts",
                        "{\"name\":\"김민지\",\"phone\":\"010-1234-5678\",\"handle\":\"minji_lambda\"}",
                        "[editor]"),
                null);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        String id = JSON.readTree(created.getBody()).get("id").asText();

        APIGatewayV2HTTPResponse shown =
                api.handleRequest(event("GET", "/api/platforms/a/accounts/" + id, null, "[viewer]"), null);

        assertThat(shown.getStatusCode()).isEqualTo(200);
        assertThat(JSON.readTree(shown.getBody()).at("/influencer/phone").asText())
                .isEqualTo("+821012345678");
    }

    @Test
    void anImportQueuedByTheApiIsRunByTheWorkerFromTheQueuedMessage() throws Exception {
        APIGatewayV2HTTPEvent upload = event("POST", "/api/platforms/b/imports", null, "[editor]");
        upload.setHeaders(Map.of("content-type", XLSX));
        upload.setBody(Base64.getEncoder().encodeToString(workbook()));
        upload.setIsBase64Encoded(true);
        APIGatewayV2HTTPResponse queued = api.handleRequest(upload, null);
        assertThat(queued.getStatusCode()).as(queued.getBody()).isEqualTo(202);
        String jobId = JSON.readTree(queued.getBody()).get("jobId").asText();

        List<Message> messages = aws.sqs()
                .receiveMessage(request -> request.queueUrl(aws.queueUrl())
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(2)
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                .messages();
        assertThat(messages).extracting(Message::body).containsExactly(jobId);
        SQSBatchResponse batch = work(messages);

        assertThat(batch.getBatchItemFailures()).isEmpty();
        JsonNode job = JSON.readTree(api.handleRequest(event("GET", "/api/jobs/" + jobId, null, "[viewer]"), null)
                .getBody());
        assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.at("/result/success").asInt()).isEqualTo(2);
    }

    @Test
    void aPostCheckAndACommentAnalysisQueuedByTheApiAreRunByTheWorkerAgainstThePlatformsPages() throws Exception {
        APIGatewayV2HTTPEvent upload = event("POST", "/api/platforms/a/post-checks", null, "[editor]");
        upload.setHeaders(Map.of("content-type", XLSX));
        upload.setBody(Base64.getEncoder().encodeToString(postsWorkbook()));
        upload.setIsBase64Encoded(true);
        APIGatewayV2HTTPResponse checks = api.handleRequest(upload, null);
        APIGatewayV2HTTPResponse analysis = api.handleRequest(
                event(
                        "POST",
                        "/api/platforms/a/comment-analyses",
                        "{\"posts\": [\"" + site.post("thread") + "\"]}",
                        "[editor]"),
                null);
        assertThat(checks.getStatusCode()).as(checks.getBody()).isEqualTo(202);
        assertThat(analysis.getStatusCode()).as(analysis.getBody()).isEqualTo(202);

        SQSBatchResponse batch = work(receiveAll());

        assertThat(batch.getBatchItemFailures()).isEmpty();
        JsonNode checked = job(JSON.readTree(checks.getBody()).get("jobId").asText());
        assertThat(checked.get("status").asText()).as(checked.toString()).isEqualTo("SUCCEEDED");
        assertThat(checked.get("result").toString())
                .contains(
                        "\"total\":4",
                        "\"live\":1",
                        "\"deleted\":1",
                        "\"private\":0",
                        "\"restricted\":1",
                        "\"unknown\":1");
        assertThat(checked.at("/result/resultFileUrl").asText()).contains("reports/results/");
        JsonNode analysed = job(JSON.readTree(analysis.getBody()).get("jobId").asText());
        assertThat(analysed.get("status").asText()).as(analysed.toString()).isEqualTo("SUCCEEDED");
        assertThat(analysed.get("result").toString())
                .contains("\"posts\":1", "\"comments\":4", "\"commenters\":3", "\"urls\":3");
        assertThat(analysed.at("/result/resultFileUrl").asText()).contains("reports/results/");
    }

    @Test
    void theApiServesThePlatformsOfTheDefinitionsFile() throws Exception {
        JsonNode platforms = JSON.readTree(api.handleRequest(event("GET", "/api/platforms", null, "[viewer]"), null)
                .getBody());

        assertThat(platforms.findValuesAsText("code")).containsExactly("a", "b");
        assertThat(platforms.get(0).get("name").asText()).isEqualTo("Platform A");
        assertThat(platforms.get(0).get("metrics").toString()).isEqualTo("[\"followers\",\"dailyVisitors\"]");
    }

    /**
     * A search on the API function: its projection loads with a Scan of the people table, which the function's role
     * must grant (the last test holds every call to the role; the API's role once lacked Scan, and its first search on
     * AWS would have been refused).
     */
    @Test
    void theApiFindsAnAccountByWhatStaffType() throws Exception {
        register("a", "searched_on_lambda", "010-7000-0031");

        APIGatewayV2HTTPEvent search = event("GET", "/api/platforms/a/accounts", null, "[viewer]");
        search.setRawQueryString("q=searched_on");
        APIGatewayV2HTTPResponse found = api.handleRequest(search, null);

        assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(found.getBody()).get("items").findValuesAsText("handle"))
                .containsExactly("searched_on_lambda");
    }

    @Test
    void theSchedulerQueuesDueAccountsAndTheWorkerCollectsThemFromTheirPages() throws Exception {
        String plain = register("a", "plain", "010-7000-0001");
        String closed = register("a", "private", "010-7000-0002");

        Map<String, Object> scheduled = scheduler.handleRequest(Map.of("scheduledTime", "2026-12-02T10:00:00Z"), null);
        SQSBatchResponse batch = work(receiveAll());
        Map<String, Object> again = scheduler.handleRequest(Map.of("scheduledTime", "2026-12-02T11:00:00Z"), null);

        assertThat(scheduled)
                .containsEntry("scheduledTime", "2026-12-02T10:00:00Z")
                .containsEntry("leftToTheOfficeCollector", List.of("b"));
        @SuppressWarnings("unchecked")
        Map<String, Integer> queued = (Map<String, Integer>) scheduled.get("queuedAccounts");
        assertThat(queued).containsOnlyKeys("a");
        assertThat(queued.get("a"))
                .as("the two accounts, and any other test's on a")
                .isGreaterThanOrEqualTo(2);
        assertThat(batch.getBatchItemFailures()).isEmpty();
        JsonNode account = JSON.readTree(
                api.handleRequest(event("GET", "/api/platforms/a/accounts/" + plain, null, "[viewer]"), null)
                        .getBody());
        assertThat(account.at("/metrics/followers").asLong()).isEqualTo(1234);
        assertThat(account.at("/metrics/dailyVisitors").asLong()).isEqualTo(56);
        JsonNode history = JSON.readTree(api.handleRequest(
                        event("GET", "/api/platforms/a/accounts/" + plain + "/metrics", null, "[viewer]"), null)
                .getBody());
        assertThat(history.get("items")).hasSize(1);
        assertThat(history.at("/items/0/metrics/followers").asLong()).isEqualTo(1234);
        JsonNode privateAccount = JSON.readTree(
                api.handleRequest(event("GET", "/api/platforms/a/accounts/" + closed, null, "[viewer]"), null)
                        .getBody());
        assertThat(privateAccount.at("/lastCollection/status").asText()).isEqualTo("private");
        assertThat(again.get("queuedAccounts"))
                .as("collected a moment ago: not due again")
                .isEqualTo(Map.of("a", 0));
    }

    /**
     * What each function called on DynamoDB in these scenarios is among what its role grants; the scheduler, whose
     * one path the scenarios run whole, calls exactly what its role grants.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void eachFunctionCallsOnlyTheDynamoDbActionsItsRoleGrants() {
        CALLED.forEach((function, called) -> assertThat(
                        FunctionPermissions.OF.get(function).dynamodb())
                .as("the " + function + " function's role")
                .containsAll(called.actions()));
        assertThat(CALLED.get(LambdaVariable.Function.SCHEDULER).actions())
                .isEqualTo(FunctionPermissions.OF
                        .get(LambdaVariable.Function.SCHEDULER)
                        .dynamodb());
    }

    @Test
    void theWorkerRefusesAPageThatRedirectsToAnInternalServerAndKeepsWorking() throws Exception {
        try (InternalServer internal = InternalServer.start()) {
            APIGatewayV2HTTPResponse created = api.handleRequest(
                    event(
                            "POST",
                            "/api/platforms/a/accounts",
                            "{\"name\":\"공격 람다\",\"phone\":\"010-7000-0099\",\"handle\":\"lambda_redirect\","
                                    + "\"profileUrl\":\"" + site.redirectTo(internal.url()) + "\"}",
                            "[editor]"),
                    null);
            assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
            String id = JSON.readTree(created.getBody()).get("id").asText();

            scheduler.handleRequest(Map.of("scheduledTime", "2026-12-02T12:00:00Z"), null);
            SQSBatchResponse batch = work(receiveAll());

            assertThat(batch.getBatchItemFailures()).isEmpty();
            JsonNode account = JSON.readTree(
                    api.handleRequest(event("GET", "/api/platforms/a/accounts/" + id, null, "[viewer]"), null)
                            .getBody());
            assertThat(account.at("/lastCollection/status").asText()).isEqualTo("refused");
            assertThat(account.at("/lastCollection/reason").asText())
                    .contains("redirected")
                    .doesNotContain(String.valueOf(internal.port()))
                    .doesNotContain(internal.secret());
            assertThat(account.toString()).doesNotContain(internal.secret());
            assertThat(internal.requests()).isZero();
        }
    }

    @Test
    void aPlatformReadWithABrowserIsLeftToTheOfficeCollector() throws Exception {
        String scripted = register("b", "scripted", "010-7000-0003");

        APIGatewayV2HTTPResponse refused =
                api.handleRequest(event("POST", "/api/platforms/b/collections", null, "[editor]"), null);
        APIGatewayV2HTTPResponse due =
                api.handleRequest(event("GET", "/api/platforms/b/collections/due", null, "[editor]"), null);

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(refused.getBody()).contains("office collector");
        assertThat(due.getStatusCode()).as(due.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(due.getBody()).get("items").findValuesAsText("id"))
                .contains(scripted);
    }

    @Test
    void withoutAPlatformsFileTheBuiltInPlatformsAreServedAndNothingIsCollected() {
        SchedulerFunction builtIn = new SchedulerFunction(
                aws.wiring(LambdaSettings.of(aws.environment(Map.of()), LambdaVariable.Function.SCHEDULER)));

        Map<String, Object> result = builtIn.handleRequest(Map.of(), null);

        assertThat(result)
                .containsEntry("queuedAccounts", Map.of())
                .containsEntry("leftToTheOfficeCollector", List.of());
    }

    @Test
    void aBadPlatformsFileStopsTheFunctionNamingThePlatformAndTheField() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                platforms:
                  - code: a
                    name: Platform A
                    hosts: [a.example]
                    metrics: [followers]
                    collect:
                      source: carrier-pigeon
                      rules:
                        followers: { css: ".followers" }
                """);
        LambdaSettings settings = LambdaSettings.of(
                aws.environment(Map.of("ROSTER_PLATFORMS_FILE", bad.toString())), LambdaVariable.Function.WORKER);

        assertThatThrownBy(() -> new WorkerFunction(
                        aws.wiring(settings), settings, new PrintStream(PrintStream.nullOutputStream())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ROSTER_PLATFORMS_FILE")
                .hasMessageContaining("platform a: collect.source: must be http or browser, not 'carrier-pigeon'");
    }

    @Test
    void aPlatformsFileMissingFromTheLayerStopsTheFunctionNamingThePath() {
        LambdaSettings settings = LambdaSettings.of(
                aws.environment(Map.of("ROSTER_PLATFORMS_FILE", "/opt/roster/platforms.yaml")),
                LambdaVariable.Function.SCHEDULER);

        assertThatThrownBy(() -> new SchedulerFunction(aws.wiring(settings)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ROSTER_PLATFORMS_FILE")
                .hasMessageContaining("no such file: /opt/roster/platforms.yaml");
    }

    /**
     * Every line the worker and the scheduler write is one JSON object in the one log format (time, level, logger,
     * message), with Lambda's request id, the job's id while a job runs and the X-Ray trace id; an error carries its
     * stack trace as a field; what they counted comes as Embedded Metric Format documents, a few per job, never one
     * per account.
     */
    @Test
    void everyLineTheWorkerAndTheSchedulerWriteIsOneJsonObjectWithItsIdsAndItsMetrics() throws Exception {
        String collected = registerWithProfile("logged_plain", "010-7000-0041", site.profile("plain"));
        register("a", "logged_missing", "010-7000-0042");
        WORKER_LINES.reset();
        SCHEDULER_LINES.reset();
        String trace = "1-5759e988-bd862e3fe1be46a994272793";
        System.setProperty(LambdaLog.TRACE_HEADER_PROPERTY, "Root=" + trace + ";Parent=53995c3f42cd8ad8;Sampled=1");
        try {
            scheduler.handleRequest(Map.of("scheduledTime", "2026-12-02T13:00:00Z"), context("scheduler-request-1"));
            List<Message> messages = receiveAll();
            SQSEvent.SQSMessage junk = new SQSEvent.SQSMessage();
            junk.setMessageId("junk-1");
            junk.setBody("not a job id");
            List<SQSEvent.SQSMessage> records = new ArrayList<>(
                    messages.stream().map(LambdaFunctionsTest::record).toList());
            records.add(junk);
            SQSEvent event = new SQSEvent();
            event.setRecords(records);
            SQSBatchResponse response = worker.handleRequest(event, context("worker-request-1"));
            assertThat(response.getBatchItemFailures())
                    .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                    .containsExactly("junk-1");
            messages.forEach(message -> aws.sqs()
                    .deleteMessage(request -> request.queueUrl(aws.queueUrl()).receiptHandle(message.receiptHandle())));
        } finally {
            System.clearProperty(LambdaLog.TRACE_HEADER_PROPERTY);
        }

        List<JsonNode> schedulerLines = lines(SCHEDULER_LINES, "scheduler-request-1", trace);
        List<JsonNode> workerLines = lines(WORKER_LINES, "worker-request-1", trace);

        assertThat(schedulerLines)
                .anyMatch(line -> line.get("logger").asText().equals("roster.scheduler")
                        && line.at("/queuedAccounts/a").asInt() >= 2);
        JsonNode queued = metricDocument(schedulerLines, "CollectionsQueued");
        assertThat(queued.get("platform").asText()).isEqualTo("a");
        assertThat(queued.get("CollectionsQueued").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(queued.at("/_aws/CloudWatchMetrics/0/Dimensions").toString()).isEqualTo("[[\"platform\"],[]]");

        JsonNode succeeded = metricDocument(workerLines, "CollectionsSucceeded");
        assertThat(succeeded.get("platform").asText()).isEqualTo("a");
        assertThat(succeeded.get("CollectionsSucceeded").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(succeeded.get("CollectionsFailed").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(succeeded.get("jobId").asText())
                .as("metrics of the job they were counted in")
                .isNotBlank();
        JsonNode missing = workerLines.stream()
                .filter(line -> line.path("Collections").isNumber()
                        && line.path("outcome").asText().equals("not_found"))
                .findFirst()
                .orElseThrow();
        assertThat(missing.at("/_aws/CloudWatchMetrics/0/Dimensions").toString())
                .isEqualTo("[[\"outcome\",\"platform\"]]");
        JsonNode jobs = metricDocument(workerLines, "Jobs");
        assertThat(jobs.get("jobType").asText()).isEqualTo("collect");
        assertThat(jobs.get("outcome").asText()).isEqualTo("succeeded");
        long documentsPerJob = workerLines.stream()
                .filter(line -> line.has("_aws"))
                .collect(Collectors.groupingBy(line -> line.get("jobId").asText(), Collectors.counting()))
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .max()
                .orElseThrow();
        assertThat(documentsPerJob)
                .as("a document per platform, per outcome and per job outcome; not per account")
                .isLessThanOrEqualTo(4);
        JsonNode junkLine = workerLines.stream()
                .filter(line -> line.get("message").asText().contains("junk-1"))
                .findFirst()
                .orElseThrow();
        assertThat(junkLine.get("level").asText()).isEqualTo("WARN");
        assertThat(junkLine.has("jobId")).as("the message named no job").isFalse();
        assertThat(JSON.readTree(api.handleRequest(
                                        event("GET", "/api/platforms/a/accounts/" + collected, null, "[viewer]"), null)
                                .getBody())
                        .at("/metrics/followers")
                        .asLong())
                .isEqualTo(1234);
    }

    /** Each captured line: a JSON object of the one format, with the invocation's ids. */
    private static List<JsonNode> lines(ByteArrayOutputStream captured, String requestId, String traceId)
            throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String text : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode line = JSON.readTree(text);
            assertThat(line.isObject()).as(text).isTrue();
            assertThat(Instant.parse(line.get("time").asText())).as(text).isNotNull();
            assertThat(line.get("level").asText()).as(text).isIn("INFO", "WARN", "ERROR");
            assertThat(line.get("logger").asText()).as(text).startsWith("roster");
            assertThat(line.get("message").asText()).as(text).isNotBlank();
            assertThat(line.get("requestId").asText()).as(text).isEqualTo(requestId);
            assertThat(line.get("traceId").asText()).as(text).isEqualTo(traceId);
            if (line.has("_aws")) {
                // An EMF document: its namespace, and every dimension and metric it names a member of the line.
                JsonNode directive = line.at("/_aws/CloudWatchMetrics/0");
                assertThat(directive.get("Namespace").asText()).isEqualTo(LambdaRequestLog.NAMESPACE);
                directive
                        .get("Dimensions")
                        .forEach(set -> set.forEach(name ->
                                assertThat(line.has(name.asText())).as(text).isTrue()));
                Set<Set<String>> dimensionSets = new java.util.HashSet<>();
                directive.get("Dimensions").forEach(set -> {
                    Set<String> names = new java.util.TreeSet<>();
                    set.forEach(name -> names.add(name.asText()));
                    dimensionSets.add(names);
                });
                directive.get("Metrics").forEach(metric -> {
                    assertThat(line.get(metric.get("Name").asText()).isNumber())
                            .as(text)
                            .isTrue();
                    // What the monitoring module's alarms are checked against (TerraformMatchesCodeTest).
                    assertThat(EmfMeter.METRICS)
                            .as(text)
                            .anyMatch(emitted -> emitted.name()
                                            .equals(metric.get("Name").asText())
                                    && emitted.unit().equals(metric.get("Unit").asText())
                                    && emitted.dimensions().stream()
                                            .map(Set::copyOf)
                                            .collect(Collectors.toSet())
                                            .equals(dimensionSets));
                });
                assertThat(line.at("/_aws/Timestamp").asLong()).isPositive();
            }
            lines.add(line);
        }
        assertThat(lines).isNotEmpty();
        return lines;
    }

    private static JsonNode metricDocument(List<JsonNode> lines, String metric) {
        return lines.stream()
                .filter(line -> line.has("_aws") && line.has(metric))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no document of " + metric + " in " + lines));
    }

    /** Lambda's context as far as the functions read it: the request id, and no deadline. */
    private static Context context(String requestId) {
        return (Context) Proxy.newProxyInstance(
                Context.class.getClassLoader(), new Class<?>[] {Context.class}, (proxy, method, arguments) -> {
                    return switch (method.getName()) {
                        case "getAwsRequestId" -> requestId;
                        case "getRemainingTimeInMillis", "getMemoryLimitInMB" -> 0;
                        default -> null;
                    };
                });
    }

    private static PrintStream captured(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String registerWithProfile(String handle, String phone, URI profile) throws Exception {
        APIGatewayV2HTTPResponse created = api.handleRequest(
                event(
                        "POST",
                        "/api/platforms/a/accounts",
                        "{\"name\":\"수집 " + handle + "\",\"phone\":\"" + phone + "\",\"handle\":\"" + handle
                                + "\",\"profileUrl\":\"" + profile + "\"}",
                        "[editor]"),
                null);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        return JSON.readTree(created.getBody()).get("id").asText();
    }

    private static String register(String platform, String handle, String phone) throws Exception {
        APIGatewayV2HTTPResponse created = api.handleRequest(
                event(
                        "POST",
                        "/api/platforms/" + platform + "/accounts",
                        "{\"name\":\"수집 " + handle + "\",\"phone\":\"" + phone + "\",\"handle\":\"" + handle + "\"}",
                        "[editor]"),
                null);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        return JSON.readTree(created.getBody()).get("id").asText();
    }

    /** Every message the queue holds now, as Lambda's poller would hand them to the worker. */
    private static List<Message> receiveAll() {
        List<Message> all = new ArrayList<>();
        List<Message> received;
        do {
            received = aws.sqs()
                    .receiveMessage(request -> request.queueUrl(aws.queueUrl())
                            .maxNumberOfMessages(10)
                            .waitTimeSeconds(1)
                            .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                    .messages();
            all.addAll(received);
        } while (!received.isEmpty());
        return all;
    }

    /** The worker run on the messages, which are then deleted but for those it reports failed, as Lambda does. */
    private static SQSBatchResponse work(List<Message> messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(messages.stream().map(LambdaFunctionsTest::record).toList());
        SQSBatchResponse response = worker.handleRequest(event, null);
        Set<String> failed = response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .collect(Collectors.toSet());
        messages.stream()
                .filter(message -> !failed.contains(message.messageId()))
                .forEach(message -> aws.sqs()
                        .deleteMessage(
                                request -> request.queueUrl(aws.queueUrl()).receiptHandle(message.receiptHandle())));
        return response;
    }

    private static JsonNode job(String id) throws Exception {
        return JSON.readTree(api.handleRequest(event("GET", "/api/jobs/" + id, null, "[viewer]"), null)
                .getBody());
    }

    private static byte[] postsWorkbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String profile = site.profile("plain").toString();
        new PoiSpreadsheetWriter(ZoneId.of("UTC"))
                .write(
                        "posts",
                        List.of(
                                new SheetColumn("프로필 URL", SheetColumn.Kind.TEXT, 20),
                                new SheetColumn("게시물 URL", SheetColumn.Kind.TEXT, 20)),
                        List.of(
                                        SheetOutputRow.plain(List.of(
                                                profile, site.post("live").toString())),
                                        SheetOutputRow.plain(List.of(
                                                profile, site.post("gone").toString())),
                                        SheetOutputRow.plain(List.of(
                                                profile, site.post("login").toString())),
                                        SheetOutputRow.plain(List.of(
                                                profile, site.post("down").toString())))
                                .iterator(),
                        out);
        return out.toByteArray();
    }

    private static byte[] workbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PoiSpreadsheetWriter(ZoneId.of("UTC"))
                .write(
                        "accounts",
                        List.of(
                                new SheetColumn("Name", SheetColumn.Kind.TEXT, 20),
                                new SheetColumn("Phone", SheetColumn.Kind.TEXT, 20),
                                new SheetColumn("Handle", SheetColumn.Kind.TEXT, 20)),
                        List.of(
                                        SheetOutputRow.plain(List.of("이서준", "010-2222-3333", "seojun_lambda")),
                                        SheetOutputRow.plain(List.of("Park Jiwoo", "010-4444-5555", "jiwoo_lambda")))
                                .iterator(),
                        out);
        return out.toByteArray();
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, String body, String groups) {
        return GatewayEvents.of(method, path, body, "203.0.113.9", groups);
    }

    private static SQSEvent.SQSMessage record(Message message) {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setAttributes(Map.of(
                "ApproximateReceiveCount",
                message.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1")));
        return record;
    }
}
