package dev.roster.adapters.http.client;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.roster.adapters.http.routes.ApiResponse;
import dev.roster.adapters.http.routes.dto.AccountChanges;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.AccountPageDto;
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
import dev.roster.adapters.http.routes.dto.MeDto;
import dev.roster.adapters.http.routes.dto.PlatformDto;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import dev.roster.adapters.http.routes.dto.SnapshotDto;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.problem.ProblemDocument;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** A Java client for Roster's API v1, sharing the server's documents. Thread-safe. */
public final class RosterClient {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HttpExchange exchange;
    private final JsonCodec json;
    private final Optional<String> token;

    /** @param token a bearer token, or {@code null} for a local server in open mode */
    public RosterClient(HttpExchange exchange, JsonCodec json, String token) {
        this.exchange = exchange;
        this.json = json;
        this.token = Optional.ofNullable(token);
    }

    public HealthDto health() {
        return read(send("GET", "/api/health", null), HealthDto.class);
    }

    /** Who the token belongs to and the roles it grants. */
    public MeDto me() {
        return read(send("GET", "/api/me", null), MeDto.class);
    }

    public List<PlatformDto> platforms() {
        return json.read(
                expectOk(send("GET", "/api/platforms", null)).body(), new TypeReference<List<PlatformDto>>() {});
    }

    /**
     * The platform definitions the server loaded, as JSON of the definitions file's shape (an editor's token): what
     * the office collector reads pages by when it has no file of its own.
     */
    public byte[] platformDefinitions() {
        return expectOk(send("GET", "/api/platforms/definitions", null)).body();
    }

    public AccountDto register(String platform, RegisterAccountRequest account) {
        return read(send("POST", accounts(platform), account), AccountDto.class);
    }

    public AccountDto account(String platform, String id) {
        return read(send("GET", accounts(platform) + "/" + segment(id), null), AccountDto.class);
    }

    public AccountDto change(String platform, String id, AccountChanges changes) {
        return read(send("PATCH", accounts(platform) + "/" + segment(id), changes), AccountDto.class);
    }

    public void delete(String platform, String id) {
        expectOk(send("DELETE", accounts(platform) + "/" + segment(id), null));
    }

    /** One page of a search; {@code query} holds the parameters ({@code q}, {@code sort}, {@code cursor}, …). */
    public AccountPageDto search(String platform, Map<String, String> query) {
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, value) -> parameters.add(segment(name) + "=" + segment(value)));
        return read(send("GET", accounts(platform) + parameters, null), AccountPageDto.class);
    }

    public InfluencerDto influencer(String id) {
        return read(send("GET", "/api/influencers/" + segment(id), null), InfluencerDto.class);
    }

    public InfluencerDto change(String influencerId, InfluencerChanges changes) {
        return read(send("PATCH", "/api/influencers/" + segment(influencerId), changes), InfluencerDto.class);
    }

    public void deleteInfluencer(String id) {
        expectOk(send("DELETE", "/api/influencers/" + segment(id), null));
    }

    /** Accounts of the platform due for collection now, as a look: nothing is claimed. */
    public List<DueAccountDto> due(String platform, int limit) {
        return items(
                send("GET", collections(platform) + "/due?limit=" + limit, null),
                new TypeReference<ItemsDto<DueAccountDto>>() {});
    }

    /** Claims accounts of the platform due for collection, for this caller for a while (the office collector). */
    public List<DueAccountDto> claimDue(String platform, int limit) {
        return items(
                send("POST", collections(platform) + "/claims", new ClaimRequest(limit)),
                new TypeReference<ItemsDto<DueAccountDto>>() {});
    }

    /** Posts what was read for one account: its metrics or a failure. */
    public void report(String platform, String accountId, CollectionReportRequest report) {
        expectOk(send("POST", accounts(platform) + "/" + segment(accountId) + "/metrics", report));
    }

    /** The account's metric history, newest first, at most {@code limit} snapshots. */
    public List<SnapshotDto> history(String platform, String accountId, int limit) {
        return items(
                send("GET", accounts(platform) + "/" + segment(accountId) + "/metrics?limit=" + limit, null),
                new TypeReference<ItemsDto<SnapshotDto>>() {});
    }

    private <T> List<T> items(HttpExchange.Response response, TypeReference<ItemsDto<T>> type) {
        return json.read(expectOk(response).body(), type).items();
    }

    private static String collections(String platform) {
        return "/api/platforms/" + segment(platform) + "/collections";
    }

    /** Uploads an .xlsx workbook to import; small files are imported at once, large ones queued as a job. */
    public ImportResponse importWorkbook(String platform, byte[] workbook, boolean upsert) {
        Map<String, String> headers = headers();
        headers.put("Content-Type", XLSX);
        return importResponse(exchange.exchange(new HttpExchange.Request(
                "POST", "/api/platforms/" + segment(platform) + "/imports" + upsert(upsert), headers, workbook)));
    }

    /**
     * Imports a workbook the way one too large for a request body goes: to an upload link first, then imported from
     * there. The link is sent through this client's exchange, as {@link #download} does: the local server serves its
     * own links (on AWS they are S3's, for a browser or an HTTP client to PUT to).
     */
    public ImportResponse importThroughUpload(String platform, byte[] workbook, boolean upsert) {
        ImportUploadDto upload = read(
                send("POST", "/api/platforms/" + segment(platform) + "/imports/uploads", null), ImportUploadDto.class);
        URI link = URI.create(upload.url());
        String pathAndQuery = link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
        expectOk(
                exchange.exchange(new HttpExchange.Request(upload.method(), pathAndQuery, upload.headers(), workbook)));
        return importResponse(send("POST", upload.importUrl() + upsert(upsert), null));
    }

    private ImportResponse importResponse(HttpExchange.Response sent) {
        HttpExchange.Response response = expectOk(sent);
        return response.status() == 202
                ? new ImportResponse(null, json.read(response.body(), ImportQueuedDto.class))
                : new ImportResponse(json.read(response.body(), ImportReportDto.class), null);
    }

    private static String upsert(boolean upsert) {
        return upsert ? "?upsert=true" : "";
    }

    /** Files a signed consent PDF for a person, sent as the request body. */
    public ConsentFormDto fileConsentForm(String influencerId, byte[] pdf, String signedOn, String note) {
        Map<String, String> headers = headers();
        headers.put("Content-Type", "application/pdf");
        String query = "?signedOn=" + segment(signedOn) + (note == null ? "" : "&note=" + segment(note));
        return read(
                exchange.exchange(new HttpExchange.Request("POST", consentForms(influencerId) + query, headers, pdf)),
                ConsentFormDto.class);
    }

    /**
     * Files a consent PDF the way one too large for a request body goes: to an upload link first (sent through this
     * client's exchange, as {@link #importThroughUpload} does), then filed from there.
     */
    public ConsentFormDto fileConsentFormThroughUpload(String influencerId, byte[] pdf, String signedOn) {
        ConsentUploadDto upload =
                read(send("POST", consentForms(influencerId) + "/uploads", null), ConsentUploadDto.class);
        URI link = URI.create(upload.url());
        String pathAndQuery = link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
        expectOk(exchange.exchange(new HttpExchange.Request(upload.method(), pathAndQuery, upload.headers(), pdf)));
        return read(send("POST", upload.fileUrl(), Map.of("signedOn", signedOn)), ConsentFormDto.class);
    }

    /** A person's consent forms, latest signed first. */
    public List<ConsentFormDto> listConsentForms(String influencerId) {
        return items(send("GET", consentForms(influencerId), null), new TypeReference<ItemsDto<ConsentFormDto>>() {});
    }

    /** A short-lived link to one consent form's PDF (download it with {@link #download}). */
    public DownloadLinkDto consentFormLink(String influencerId, String formId) {
        return read(
                send("GET", consentForms(influencerId) + "/" + segment(formId) + "/file", null), DownloadLinkDto.class);
    }

    /** Withdraws a consent form: its record and its file (admin). */
    public void withdrawConsentForm(String influencerId, String formId) {
        expectOk(send("DELETE", consentForms(influencerId) + "/" + segment(formId), null));
    }

    private static String consentForms(String influencerId) {
        return "/api/influencers/" + segment(influencerId) + "/consent-forms";
    }

    public JobDto job(String id) {
        return read(send("GET", "/api/jobs/" + segment(id), null), JobDto.class);
    }

    /** The empty workbook an import expects, with labels in {@code language} ({@code en} or {@code ko}). */
    public byte[] importTemplate(String platform, String language) {
        return expectOk(send(
                        "GET",
                        "/api/platforms/" + segment(platform) + "/imports/template?lang=" + segment(language),
                        null))
                .body();
    }

    /** The accounts a search matches, as a workbook; {@code query} holds the search's filters. */
    public byte[] export(String platform, Map<String, String> query) {
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, value) -> parameters.add(segment(name) + "=" + segment(value)));
        return expectOk(send("GET", "/api/platforms/" + segment(platform) + "/exports" + parameters, null))
                .body();
    }

    /** Downloads a link the server handed out (an error file, say); the link is the credential. */
    public byte[] download(String link) {
        URI uri = URI.create(link);
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return expectOk(exchange.exchange(new HttpExchange.Request("GET", pathAndQuery, Map.of(), null)))
                .body();
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", ApiResponse.JSON);
        token.ifPresent(value -> headers.put("Authorization", "Bearer " + value));
        return headers;
    }

    private HttpExchange.Response send(String method, String pathAndQuery, Object body) {
        Map<String, String> headers = headers();
        byte[] bytes = null;
        if (body != null) {
            headers.put("Content-Type", ApiResponse.JSON);
            bytes = json.write(body);
        }
        return exchange.exchange(new HttpExchange.Request(method, pathAndQuery, headers, bytes));
    }

    private <T> T read(HttpExchange.Response response, Class<T> type) {
        return json.read(expectOk(response).body(), type);
    }

    private HttpExchange.Response expectOk(HttpExchange.Response response) {
        if (response.status() >= 200 && response.status() < 300) {
            return response;
        }
        ProblemDocument problem = null;
        try {
            problem = json.read(response.body(), ProblemDocument.class);
        } catch (UncheckedIOException | IllegalArgumentException notAProblem) {
            // Left null: the server (or something in front of it) answered with something else.
        }
        throw new RosterApiException(response.status(), problem);
    }

    private static String accounts(String platform) {
        return "/api/platforms/" + segment(platform) + "/accounts";
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
