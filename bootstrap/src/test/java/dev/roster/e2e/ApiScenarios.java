package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.excel.pdf.TestPdfs;
import dev.roster.adapters.http.client.HttpExchange;
import dev.roster.adapters.http.client.ImportResponse;
import dev.roster.adapters.http.client.RosterApiException;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.dto.AccountChanges;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.AccountPageDto;
import dev.roster.adapters.http.routes.dto.ConsentFormDto;
import dev.roster.adapters.http.routes.dto.InfluencerChanges;
import dev.roster.adapters.http.routes.dto.InfluencerDto;
import dev.roster.adapters.http.routes.dto.JobDto;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.application.port.SheetRow;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a user of the API notices, end to end. Written against {@link HttpExchange} so that every transport (the
 * packaged server over a socket, the Lambda handler fed API Gateway events) runs the very same scenarios.
 */
public abstract class ApiScenarios {

    protected static final JsonCodec JSON = new JsonCodec();

    protected RosterClient client;
    /** Makes handles and phone numbers unique per test, so scenarios share one long-lived server. */
    private String unique;

    /** The transport under test, talking to a running Roster. */
    protected abstract HttpExchange exchange();

    /** A bearer token with the admin role, or {@code null} when the server runs open. */
    protected abstract String adminToken();

    @BeforeEach
    void connect() {
        client = new RosterClient(exchange(), JSON, adminToken());
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void isUpAndListsItsPlatforms() {
        assertThat(client.health().status()).isEqualTo("UP");
        assertThat(client.platforms()).extracting(platform -> platform.code()).contains("a", "b");
    }

    @Test
    void registersAPersonsAccountsAndShowsEachWithTheOthers() {
        String phone = phone();
        AccountDto onA = client.register(
                "a",
                new RegisterAccountRequest(
                        "김민지", phone, "@mj_" + unique, "https://blog.example/mj", "mj@example.com", "협찬 가능"));
        AccountDto onB =
                client.register("b", new RegisterAccountRequest("김민지", phone, "mj.b_" + unique, null, null, null));

        assertThat(onB.influencer().id()).isEqualTo(onA.influencer().id());
        assertThat(onA.handle()).isEqualTo("mj_" + unique);
        AccountDto shown = client.account("a", onA.id());
        assertThat(shown.otherAccounts()).extracting(ref -> ref.handle()).containsExactly("mj.b_" + unique);
        assertThat(shown.influencer().phone()).startsWith("+82");
        InfluencerDto person = client.influencer(onA.influencer().id());
        assertThat(person.accounts()).extracting(account -> account.platform()).containsExactly("a", "b");
    }

    @Test
    void searchesOnePlatformByTextPageByPage() {
        for (int i = 0; i < 5; i++) {
            client.register(
                    "a",
                    new RegisterAccountRequest(
                            "검색 " + unique + " " + i, phone(), "find_" + unique + "_" + i, null, null, null));
        }
        client.register(
                "b", new RegisterAccountRequest("검색 " + unique, phone(), "find_" + unique + "_b", null, null, null));

        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", "FIND_" + unique.toUpperCase());
        query.put("sort", "handle");
        query.put("limit", "2");
        List<String> handles = new java.util.ArrayList<>();
        AccountPageDto page;
        do {
            page = client.search("a", query);
            page.items().forEach(item -> handles.add(item.handle()));
            query.put("cursor", page.nextCursor() == null ? "" : page.nextCursor());
        } while (page.nextCursor() != null);

        assertThat(handles)
                .containsExactly(
                        "find_" + unique + "_0",
                        "find_" + unique + "_1",
                        "find_" + unique + "_2",
                        "find_" + unique + "_3",
                        "find_" + unique + "_4");
        assertThat(client.search("a", Map.of("q", "검색 " + unique)).items()).hasSize(5);
    }

    @Test
    void changesAccountsAndPeopleAgainstTheVersionRead() {
        AccountDto account = client.register(
                "a", new RegisterAccountRequest("Lee", phone(), "lee_" + unique, null, "lee@example.com", null));

        AccountDto changed =
                client.change("a", account.id(), new AccountChanges(account.version(), null, null, "", "메모"));
        assertThat(changed.email()).isNull();
        assertThat(changed.notes()).isEqualTo("메모");
        assertThat(changed.version()).isEqualTo(account.version() + 1);
        assertRefused(
                () -> client.change(
                        "a", account.id(), new AccountChanges(account.version(), null, null, null, "stale")),
                409,
                "urn:roster:problem:conflict");

        InfluencerDto person = client.change(account.influencer().id(), new InfluencerChanges(1L, "Lee Jiwoo", null));
        assertThat(person.name()).isEqualTo("Lee Jiwoo");
    }

    @Test
    void deletesAccountsAndPeople() {
        String phone = phone();
        AccountDto onA =
                client.register("a", new RegisterAccountRequest("Park", phone, "park_" + unique, null, null, null));
        AccountDto onB =
                client.register("b", new RegisterAccountRequest("Park", phone, "park.b_" + unique, null, null, null));

        client.delete("a", onA.id());
        assertRefused(() -> client.account("a", onA.id()), 404, "urn:roster:problem:not-found");
        assertThat(client.account("b", onB.id()).otherAccounts()).isEmpty();

        client.deleteInfluencer(onB.influencer().id());
        assertRefused(() -> client.account("b", onB.id()), 404, "urn:roster:problem:not-found");
    }

    @Test
    void refusesBadInputWithEveryProblemAndTakesNoPartOfIt() {
        RosterApiException refused = refusal(
                () -> client.register("a", new RegisterAccountRequest("", "12", "two words", "ftp://x", "nope", null)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem().errors())
                .extracting(error -> error.field())
                .containsExactly("email", "handle", "name", "phone", "profileUrl");
        assertRefused(
                () -> client.register("zz", new RegisterAccountRequest("Kim", phone(), "x" + unique, null, null, null)),
                404,
                "urn:roster:problem:not-found");
        assertRefused(() -> client.account("a", "not-an-id"), 404, "urn:roster:problem:not-found");
    }

    @Test
    void refusesATakenHandleInAnyLetterCase() {
        client.register("a", new RegisterAccountRequest("Choi", phone(), "Taken_" + unique, null, null, null));

        RosterApiException refused = refusal(() -> client.register(
                "a", new RegisterAccountRequest("Jung", phone(), "TAKEN_" + unique.toUpperCase(), null, null, null)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problem().reason()).isEqualTo("DUPLICATE_HANDLE");
    }

    @Test
    void refusesOversizedAndMistypedBodiesAndKeepsServing() {
        HttpExchange.Response huge = exchange()
                .exchange(new HttpExchange.Request(
                        "POST",
                        "/api/platforms/a/accounts",
                        headers("application/json"),
                        ("{\"notes\":\"" + "x".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
        HttpExchange.Response text = exchange()
                .exchange(new HttpExchange.Request(
                        "POST",
                        "/api/platforms/a/accounts",
                        headers("text/plain"),
                        "name=x".getBytes(StandardCharsets.UTF_8)));
        HttpExchange.Response malformed = exchange()
                .exchange(new HttpExchange.Request(
                        "POST",
                        "/api/platforms/a/accounts",
                        headers("application/json"),
                        "{\"name\":".getBytes(StandardCharsets.UTF_8)));

        assertThat(huge.status()).isEqualTo(413);
        assertThat(text.status()).isEqualTo(415);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.header("X-Request-Id")).isNotBlank();
        assertThat(client.health().status()).isEqualTo("UP");
    }

    @Test
    void importsAWorkbookKeepingTheGoodRowsAndServesTheBadOnesToFix() {
        byte[] upload = Workbooks.of(
                List.of("이름", "연락처", "계정명", "이메일", "담당자"),
                List.of(
                        List.of("김민지", phone(), "xl_ok_" + unique, "", "박"),
                        List.of("이서연", "12", "xl_phone_" + unique, "", "최"),
                        List.of("정하늘", phone(), "xl_mail_" + unique, "not-an-email", "=1+1")));

        ImportResponse response = client.importWorkbook("a", upload, false);

        assertThat(response.isQueued()).isFalse();
        assertThat(response.report().total()).isEqualTo(3);
        assertThat(response.report().success()).isEqualTo(1);
        assertThat(response.report().failed()).isEqualTo(2);
        List<SheetRow> errors = Workbooks.read(client.download(response.report().errorFileUrl()));
        assertThat(errors.get(0).cells()).containsExactly("이름", "연락처", "계정명", "이메일", "담당자", "오류");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(1).cell(5)).contains("연락처");
        assertThat(errors.get(2).cell(4)).isEqualTo("=1+1");

        List<List<String>> fixed = List.of(
                List.of(
                        "이서연",
                        phone(),
                        errors.get(1).cell(2),
                        "",
                        "최",
                        errors.get(1).cell(5)),
                List.of(
                        "정하늘",
                        errors.get(2).cell(1),
                        errors.get(2).cell(2),
                        "jhn@example.com",
                        "=1+1",
                        errors.get(2).cell(5)));
        ImportResponse again =
                client.importWorkbook("a", Workbooks.of(errors.get(0).cells(), fixed), false);
        assertThat(again.report().success()).isEqualTo(2);
        assertThat(again.report().errorFileUrl()).isNull();
        assertThat(client.search("a", Map.of("q", "xl_")).items())
                .extracting(item -> item.handle())
                .contains("xl_ok_" + unique, "xl_phone_" + unique, "xl_mail_" + unique);
    }

    @Test
    void importsALargeWorkbookThroughAJobToFollow() throws InterruptedException {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            rows.add(List.of("대량 " + i, i == 7 ? "bad" : phone(), "bulk_" + unique + "_" + i));
        }

        ImportResponse response =
                client.importWorkbook("b", Workbooks.of(List.of("Name", "Phone", "Handle"), rows), false);

        assertThat(response.isQueued()).isTrue();
        JobDto job = client.job(response.queued().jobId());
        for (int wait = 0;
                wait < 600 && !job.status().equals("SUCCEEDED") && !job.status().equals("FAILED");
                wait++) {
            Thread.sleep(100);
            job = client.job(response.queued().jobId());
        }
        assertThat(job.status()).isEqualTo("SUCCEEDED");
        assertThat(job.type()).isEqualTo("import");
        assertThat(((Number) job.result().get("total")).longValue()).isEqualTo(1_001);
        assertThat(((Number) job.result().get("success")).longValue()).isEqualTo(1_000);
        assertThat(Workbooks.read(client.download((String) job.result().get("errorFileUrl"))))
                .hasSize(2);
    }

    @Test
    void importsAWorkbookSentToAnUploadLinkFirst() {
        byte[] workbook = Workbooks.of(
                List.of("Name", "Phone", "Handle"),
                List.of(
                        List.of("업로드 김", phone(), "up_ok_" + unique),
                        List.of("Upload Lee", "not a phone", "up_bad_" + unique)));

        ImportResponse response = client.importThroughUpload("a", workbook, false);

        assertThat(response.report().total()).isEqualTo(2);
        assertThat(response.report().success()).isEqualTo(1);
        assertThat(Workbooks.read(client.download(response.report().errorFileUrl())))
                .hasSize(2);
        assertThat(client.search("a", Map.of("q", "up_ok_" + unique)).items()).hasSize(1);
    }

    @Test
    void filesListsDownloadsAndWithdrawsConsentForms() {
        AccountDto account = client.register(
                "a", new RegisterAccountRequest("동의 김", phone(), "consent_" + unique, null, null, null));
        String person = account.influencer().id();
        byte[] pdf = TestPdfs.signedForm();

        ConsentFormDto filed = client.fileConsentForm(person, pdf, "2026-03-01", "원본 보관");
        ConsentFormDto uploaded =
                client.fileConsentFormThroughUpload(person, TestPdfs.signedForm(64 * 1024), "2026-04-01");

        assertThat(client.listConsentForms(person)).containsExactly(uploaded, filed);
        assertThat(client.download(client.consentFormLink(person, filed.id()).url()))
                .isEqualTo(pdf);
        AccountDto shown = client.account("a", account.id());
        assertThat(shown.hasConsent()).isTrue();
        assertThat(shown.consentSignedOn()).isEqualTo(java.time.LocalDate.of(2026, 4, 1));
        assertThat(client.search("a", Map.of("q", "consent_" + unique, "hasConsent", "true"))
                        .items())
                .hasSize(1);
        assertRefused(
                () -> client.fileConsentForm(person, "GIF89a".getBytes(StandardCharsets.US_ASCII), "2026-03-01", null),
                415,
                "urn:roster:problem:unsupported-media-type");

        String link = client.consentFormLink(person, uploaded.id()).url();
        client.withdrawConsentForm(person, uploaded.id());
        assertThat(client.listConsentForms(person)).containsExactly(filed);
        assertThat(refusal(() -> client.download(link)).status()).isEqualTo(404);
        assertThat(client.influencer(person).consentSignedOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
    }

    @Test
    void exportsASearchAndHandsOutTheTemplate() {
        client.register(
                "a",
                new RegisterAccountRequest(
                        "Export Kim", phone(), "exp_" + unique, null, null, "=HYPERLINK(\"http://evil.example\")"));

        List<SheetRow> export = Workbooks.read(client.export("a", Map.of("q", "exp_" + unique, "lang", "ko")));
        List<SheetRow> template = Workbooks.read(client.importTemplate("a", "en"));

        assertThat(export.get(0).cells()).startsWith("이름", "연락처", "계정명");
        assertThat(export).hasSize(2);
        assertThat(export.get(1).cell(2)).isEqualTo("exp_" + unique);
        assertThat(export.get(1).cell(5)).isEqualTo("=HYPERLINK(\"http://evil.example\")");
        assertThat(template)
                .singleElement()
                .extracting(SheetRow::cells)
                .isEqualTo(List.of("Name", "Phone", "Handle", "Profile URL", "Email", "Notes"));
    }

    @Test
    void refusesHostileWorkbooksPlainlyAndKeepsServing() {
        byte[] workbook =
                Workbooks.of(List.of("Name", "Phone", "Handle"), List.of(List.of("Kim", phone(), "h_" + unique)));
        String imports = "/api/platforms/a/imports";
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        HttpExchange.Response notAZip = exchange()
                .exchange(new HttpExchange.Request(
                        "POST", imports, headers(xlsx), "Name,Phone".getBytes(StandardCharsets.UTF_8)));
        HttpExchange.Response bomb =
                exchange().exchange(new HttpExchange.Request("POST", imports, headers(xlsx), Workbooks.zipBomb()));
        HttpExchange.Response truncated = exchange()
                .exchange(new HttpExchange.Request(
                        "POST", imports, headers(xlsx), java.util.Arrays.copyOf(workbook, workbook.length / 2)));
        HttpExchange.Response legacy = exchange()
                .exchange(new HttpExchange.Request("POST", imports, headers(xlsx), new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                }));

        assertThat(notAZip.status()).isEqualTo(400);
        assertThat(bomb.status()).isEqualTo(400);
        assertThat(new String(bomb.body(), StandardCharsets.UTF_8)).contains("zip bomb");
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(legacy.status()).isEqualTo(415);
        assertThat(client.search("a", Map.of("q", "h_" + unique)).items()).isEmpty();
        assertThat(client.health().status()).isEqualTo("UP");
    }

    private Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        if (adminToken() != null) {
            headers.put("Authorization", "Bearer " + adminToken());
        }
        return headers;
    }

    /** A valid Korean mobile number no other test uses. */
    private String phone() {
        int digits = Math.floorMod(UUID.randomUUID().hashCode(), 90_000_000) + 10_000_000;
        return "010-" + String.valueOf(digits).substring(0, 4).replace('5', '6') + "-"
                + String.valueOf(digits).substring(4);
    }

    private static void assertRefused(Runnable call, int status, String type) {
        RosterApiException refused = refusal(call);
        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.problem().type()).isEqualTo(type);
    }

    private static RosterApiException refusal(Runnable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(RosterApiException.class);
        return (RosterApiException) thrown;
    }
}
