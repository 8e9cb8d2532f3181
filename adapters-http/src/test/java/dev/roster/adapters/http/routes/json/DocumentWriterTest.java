package dev.roster.adapters.http.routes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.roster.adapters.http.routes.RequestRecord;
import dev.roster.adapters.http.routes.dto.AccountChanges;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.AccountPageDto;
import dev.roster.adapters.http.routes.dto.AccountRefDto;
import dev.roster.adapters.http.routes.dto.ClaimRequest;
import dev.roster.adapters.http.routes.dto.CollectionReportRequest;
import dev.roster.adapters.http.routes.dto.ConsentFormDto;
import dev.roster.adapters.http.routes.dto.ConsentUploadDto;
import dev.roster.adapters.http.routes.dto.DownloadLinkDto;
import dev.roster.adapters.http.routes.dto.DueAccountDto;
import dev.roster.adapters.http.routes.dto.HealthDto;
import dev.roster.adapters.http.routes.dto.ImportQueuedDto;
import dev.roster.adapters.http.routes.dto.ImportReportDto;
import dev.roster.adapters.http.routes.dto.ImportUploadDto;
import dev.roster.adapters.http.routes.dto.InfluencerChanges;
import dev.roster.adapters.http.routes.dto.InfluencerDto;
import dev.roster.adapters.http.routes.dto.ItemsDto;
import dev.roster.adapters.http.routes.dto.JobDto;
import dev.roster.adapters.http.routes.dto.JobQueuedDto;
import dev.roster.adapters.http.routes.dto.LastCollectionDto;
import dev.roster.adapters.http.routes.dto.MeDto;
import dev.roster.adapters.http.routes.dto.OwnedAccountDto;
import dev.roster.adapters.http.routes.dto.PersonDto;
import dev.roster.adapters.http.routes.dto.PlatformDto;
import dev.roster.adapters.http.routes.dto.ReadyDto;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import dev.roster.adapters.http.routes.dto.ScheduledDto;
import dev.roster.adapters.http.routes.dto.SnapshotDto;
import dev.roster.adapters.http.routes.problem.NotReadyProblem;
import dev.roster.adapters.http.routes.problem.ProblemDocument;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The writer against Jackson's databind configured as the API had it (JavaTimeModule, dates as ISO-8601 text): every
 * document the API and its client write, with and without nulls, byte for byte.
 */
class DocumentWriterTest {

    /** What JsonCodec wrote with before it had a writer of its own. */
    static final ObjectMapper DATABIND = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final Instant AT = Instant.parse("2026-12-06T09:15:30.123456Z");
    private static final Instant WHOLE_SECOND = Instant.parse("2026-01-01T00:00:00Z");

    private final DocumentWriter writer = new DocumentWriter();

    /** One of every record of the dto package, the problem document and the request log's line, filled and sparse. */
    static List<Object> everyDocument() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("followers", 120_000L);
        metrics.put("dailyVisitors", 3_456L);
        metrics.put("collectedAt", AT);
        PersonDto person = new PersonDto("019b76da-a800-7478-8f6c-bc2af502ef0d", "김민지 \"MJ\"", "+821012345678");
        AccountDto account = new AccountDto(
                "019b76da-a800-738e-ac54-166774b1a2ce",
                "a",
                "minji_\u00e9\u0301",
                "https://example.com/@minji?x=1&y=</script>",
                "minji@example.com",
                "line one\nline two\ttab \u0001",
                7,
                person,
                List.of(new AccountRefDto("019b76da-a800-7000-8000-000000000001", "b", "minji.b")),
                true,
                LocalDate.of(2026, 3, 1),
                metrics,
                WHOLE_SECOND,
                AT,
                new LastCollectionDto("private", "the page is private", AT));
        AccountDto sparse = new AccountDto(
                "019b76da-a800-738e-ac54-166774b1a2cf",
                "a",
                "bare",
                null,
                null,
                null,
                0,
                new PersonDto("019b76da-a800-7478-8f6c-bc2af502ef0e", "X", "+821000000000"),
                List.of(),
                false,
                null,
                Map.of(),
                WHOLE_SECOND,
                WHOLE_SECOND,
                null);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("total", 3L);
        result.put("success", 2);
        result.put("ratio", 0.6666666666666666);
        result.put("share", new BigDecimal("12.50"));
        result.put("errorFileUrl", null);
        result.put("nested", Map.of("list", List.of(1, "two", true)));
        Map<String, String> logLine = new LinkedHashMap<>();
        logLine.put("level", "ERROR");
        logLine.put("trace", "java.lang.IllegalStateException: 𝄞 boom\r\n\tat x.y(Z.java:1)\u001f");
        return List.of(
                account,
                sparse,
                new AccountPageDto(List.of(account, sparse), "cursor=="),
                new AccountPageDto(List.of(), null),
                new AccountChanges(3L, "new_handle", null, "", null),
                new AccountChanges(null, null, null, null, null),
                new ClaimRequest(20),
                new ClaimRequest(null),
                CollectionReportRequest.metrics(AT, Map.of("followers", 1L)),
                CollectionReportRequest.failure(AT, "private", "no access"),
                new ConsentFormDto(
                        "019b76da-a800-7478-8f6c-bc2af502ef11",
                        "동의서 \"최종\".pdf",
                        1_048_576,
                        "ab".repeat(32),
                        LocalDate.of(2026, 3, 1),
                        AT,
                        "editor@example.com",
                        "메모\n둘째 줄",
                        true),
                new DueAccountDto("019b76da-a800-738e-ac54-166774b1a2ce", "minji", null),
                new HealthDto("ok", "dynamodb"),
                new MeDto("local", List.of("viewer", "editor", "admin")),
                new ImportQueuedDto("job-1", 20_000),
                new JobQueuedDto("019b76da-a800-738e-ac54-166774b1a2ce"),
                new ImportReportDto(10, 9, 1, "https://files/errors.xlsx"),
                new ImportReportDto(10, 10, 0, null),
                new ConsentUploadDto(
                        "u2",
                        "https://s3/put?X-Amz-Signature=def",
                        "PUT",
                        Map.of("Content-Type", "application/pdf"),
                        AT,
                        "/api/influencers/i/consent-forms/uploads/u2"),
                new DownloadLinkDto("https://s3/get?X-Amz-Signature=ghi", AT),
                new ImportUploadDto(
                        "u1",
                        "https://s3/put?X-Amz-Signature=abc",
                        "PUT",
                        Map.of("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                        AT,
                        "/api/platforms/a/imports/uploads/u1"),
                new InfluencerChanges(1L, "이름", null),
                new InfluencerDto(
                        "019b76da-a800-7478-8f6c-bc2af502ef0d",
                        "Name",
                        "+821012345678",
                        2,
                        List.of(new OwnedAccountDto("id", "a", "h", null, null, null, 1, metrics, AT, AT)),
                        true,
                        LocalDate.of(2025, 12, 31),
                        List.of(new ConsentFormDto(
                                "019b76da-a800-7478-8f6c-bc2af502ef12",
                                "a.pdf",
                                1,
                                "00".repeat(32),
                                LocalDate.of(2025, 12, 31),
                                AT,
                                null,
                                null,
                                false)),
                        AT,
                        AT),
                new ItemsDto<>(List.of(new PlatformDto("a", "Platform A", List.of("followers", "dailyVisitors")))),
                new JobDto("job-1", "import", "succeeded", new JobDto.ProgressDto(5, 10, 50), result, null, AT, AT),
                new JobDto("job-2", "collect", "queued", new JobDto.ProgressDto(0, 0, 0), null, null, AT, AT),
                new RegisterAccountRequest("Name", "010-1234-5678", "handle", null, null, null),
                new ScheduledDto("a", 12, List.of("job-1", "job-2")),
                new SnapshotDto(AT, Map.of("followers", Long.MAX_VALUE)),
                new ProblemDocument(
                        "about:blank",
                        "Invalid input",
                        400,
                        "2 fields are invalid",
                        List.of(
                                new ProblemDocument.FieldProblem("phone", "is not a phone number"),
                                new ProblemDocument.FieldProblem("handle", null)),
                        null,
                        "req-1"),
                new ProblemDocument("about:blank", "Not found", 404, null, null, null, null),
                new RequestRecord(
                        AT,
                        "req-1",
                        "GET",
                        "/api/platforms/a/accounts",
                        "/api/platforms/{platform}/accounts",
                        200,
                        1234,
                        "10.0.0.1",
                        null),
                new ReadyDto("UP", "postgres", orderedChecks()),
                NotReadyProblem.of(List.of("jobQueue", "store"), orderedChecks(), "req-2"),
                logLine,
                List.of(),
                Map.of(),
                "plain text",
                42,
                -0.0,
                1e300,
                Double.NaN,
                Float.POSITIVE_INFINITY,
                true);
    }

    private static Map<String, String> orderedChecks() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("fileStore", "UP");
        checks.put("jobQueue", "DOWN: no answer within the deadline");
        checks.put("store", "DOWN: connection refused \"127.0.0.1\"");
        return checks;
    }

    @Test
    void writesEveryDocumentExactlyAsDatabindDid() throws Exception {
        for (Object document : everyDocument()) {
            // Bytes, as the API sends them: databind's UTF-8 output escapes what its text output does not (emoji).
            assertThat(new String(writer.write(document), StandardCharsets.UTF_8))
                    .as(document.getClass().getSimpleName())
                    .isEqualTo(new String(DATABIND.writeValueAsBytes(document), StandardCharsets.UTF_8));
        }
    }

    /** A record added to the dto package without a sample above would go unchecked: each needs one. */
    @Test
    void everyDocumentOfTheDtoPackageHasASample() throws IOException, URISyntaxException {
        Path dto = Path.of(AccountDto.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(AccountDto.class.getPackageName().replace('.', '/'));
        Set<String> sampled = new HashSet<>();
        everyDocument().forEach(document -> typesWithin(document, sampled));
        try (Stream<Path> classes = Files.list(dto)) {
            List<String> records = new ArrayList<>();
            for (Path file : classes.toList()) {
                String name = AccountDto.class.getPackageName() + "."
                        + file.getFileName().toString().replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName(name);
                } catch (ClassNotFoundException notAClass) {
                    continue;
                }
                if (type.isRecord() && type.getEnclosingClass() == null) {
                    records.add(name);
                }
            }
            assertThat(records).isNotEmpty();
            assertThat(sampled).containsAll(records);
        }
    }

    /** The types of {@code value} and of everything it holds. */
    private static void typesWithin(Object value, Set<String> types) {
        if (value == null) {
            return;
        }
        types.add(value.getClass().getName());
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    typesWithin(component.getAccessor().invoke(record), types);
                } catch (ReflectiveOperationException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(held -> typesWithin(held, types));
        } else if (value instanceof Iterable<?> items) {
            items.forEach(held -> typesWithin(held, types));
        }
    }

    @Test
    void keepsTheOrderOfOrderedMapsAndWritesOthersAsTheyIterate() throws Exception {
        Map<String, Object> unordered = new HashMap<>();
        Arrays.asList("zeta", "alpha", "mid").forEach(key -> unordered.put(key, key.length()));

        assertThat(writer.write(new TreeMap<>(unordered)))
                .isEqualTo(DATABIND.writeValueAsBytes(new TreeMap<>(unordered)));
        assertThat(writer.write(unordered)).isEqualTo(DATABIND.writeValueAsBytes(unordered));
    }

    @Test
    void refusesWhatNoDocumentHolds() {
        assertThatThrownBy(() -> writer.write(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> writer.write(Map.of(1, "one"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesLinksAsText() throws Exception {
        URI link = URI.create("https://example.com/a?b=c");

        assertThat(writer.write(link)).isEqualTo(DATABIND.writeValueAsBytes(link));
    }
}
