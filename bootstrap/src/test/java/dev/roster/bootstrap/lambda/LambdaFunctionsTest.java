package dev.roster.bootstrap.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The three Lambda functions as Lambda would build them from their environment, on DynamoDB Local, S3Proxy and
 * ElasticMQ: API requests as API Gateway sends them, an import queued by the API and run by the worker from the
 * message SQS holds, and the scheduler.
 */
class LambdaFunctionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static LambdaEmulators aws;
    private static ApiFunction api;
    private static WorkerFunction worker;
    private static SchedulerFunction scheduler;

    @BeforeAll
    static void deploy() throws Exception {
        aws = new LambdaEmulators();
        // Imports of more than one row are queued, so two rows make a job for the worker.
        LambdaSettings apiSettings = LambdaSettings.of(aws.environment(Map.of("ROSTER_IMPORT_SYNC_ROWS", "1")),
                LambdaVariable.Function.API);
        api = new ApiFunction(aws.wiring(apiSettings), apiSettings, new PrintStream(PrintStream.nullOutputStream()));
        LambdaSettings workerSettings = LambdaSettings.of(aws.environment(Map.of()), LambdaVariable.Function.WORKER);
        worker = new WorkerFunction(aws.wiring(workerSettings), workerSettings);
        scheduler = new SchedulerFunction(aws.wiring(LambdaSettings.of(aws.environment(Map.of()),
                LambdaVariable.Function.SCHEDULER)));
    }

    @AfterAll
    static void tearDown() throws Exception {
        aws.close();
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

        assertThat(fresh.handleRequest(event("GET", "/api/platforms", null, "[viewer]"), null).getStatusCode())
                .isEqualTo(200);
        assertThat(List.of(wiring.s3().built(), wiring.sqs().built(), wiring.validator().built()))
                .containsOnly(false);

        fresh.beforeCheckpoint(null);
        assertThat(wiring.deferredBuilt()).isTrue();
    }

    @Test
    void registersAndShowsAnAccountThroughApiGatewayEvents() throws Exception {
        APIGatewayV2HTTPResponse created = api.handleRequest(event("POST", "/api/platforms/a/accounts",
                "{\"name\":\"김민지\",\"phone\":\"010-1234-5678\",\"handle\":\"minji_lambda\"}", "[editor]"), null);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        String id = JSON.readTree(created.getBody()).get("id").asText();

        APIGatewayV2HTTPResponse shown = api.handleRequest(event("GET", "/api/platforms/a/accounts/" + id, null,
                "[viewer]"), null);

        assertThat(shown.getStatusCode()).isEqualTo(200);
        assertThat(JSON.readTree(shown.getBody()).at("/influencer/phone").asText()).isEqualTo("+821012345678");
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

        List<Message> messages = aws.sqs().receiveMessage(request -> request.queueUrl(aws.queueUrl())
                .maxNumberOfMessages(10).waitTimeSeconds(2)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
        assertThat(messages).extracting(Message::body).containsExactly(jobId);
        SQSBatchResponse batch = worker.handleRequest(sqsEvent(messages.get(0)), null);

        assertThat(batch.getBatchItemFailures()).isEmpty();
        JsonNode job = JSON.readTree(api.handleRequest(event("GET", "/api/jobs/" + jobId, null, "[viewer]"), null)
                .getBody());
        assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.at("/result/success").asInt()).isEqualTo(2);
    }

    @Test
    void theSchedulerQueuesNothingWhenNoPlatformIsCollectedHere() {
        Map<String, Object> result = scheduler.handleRequest(Map.of("scheduledTime", "2026-12-02T10:00:00Z"), null);

        assertThat(result).containsEntry("scheduledTime", "2026-12-02T10:00:00Z")
                .containsEntry("queuedAccounts", Map.of());
    }

    private static byte[] workbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PoiSpreadsheetWriter(ZoneId.of("UTC")).write("accounts", List.of(
                new SheetColumn("Name", SheetColumn.Kind.TEXT, 20), new SheetColumn("Phone", SheetColumn.Kind.TEXT, 20),
                new SheetColumn("Handle", SheetColumn.Kind.TEXT, 20)), List.of(
                SheetOutputRow.plain(List.of("이서준", "010-2222-3333", "seojun_lambda")),
                SheetOutputRow.plain(List.of("Park Jiwoo", "010-4444-5555", "jiwoo_lambda"))).iterator(), out);
        return out.toByteArray();
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, String body, String groups) {
        return GatewayEvents.of(method, path, body, "203.0.113.9", groups);
    }

    private static SQSEvent sqsEvent(Message message) {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setAttributes(Map.of("ApproximateReceiveCount",
                message.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1")));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(record));
        return event;
    }
}
