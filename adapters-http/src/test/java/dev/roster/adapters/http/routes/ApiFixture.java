package dev.roster.adapters.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.adapters.excel.pdf.PdfBoxInspector;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.Authenticator;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.application.Roster;
import dev.roster.application.spreadsheet.ImportSettings;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.TextSheets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API over a roster in memory, called directly (no socket), with the security it is given. */
public class ApiFixture {

    protected static final JsonCodec JSON = new JsonCodec();
    private static final ObjectMapper READER = new ObjectMapper();

    protected final InMemoryStorage storage = new InMemoryStorage();
    protected final InMemoryFileStore files = new InMemoryFileStore(Clock.systemUTC());
    protected final InMemoryJobQueue queue = new InMemoryJobQueue();
    /** Workbooks as tab-separated text: the route table's part is the transport, POI's is tested in its adapter. */
    protected final TextSheets sheets = new TextSheets();

    protected final Roster roster = Roster.builder()
            .storage(storage)
            .files(files)
            .spreadsheets(sheets, sheets, queue)
            .collection(new InMemoryJobQueue())
            .reports(queue)
            .importSettings(new ImportSettings(3, 50, 4_096, Duration.ofHours(1)))
            .consent(new PdfBoxInspector())
            .build();
    protected final List<RequestRecord> logged = new ArrayList<>();
    protected final List<String> failures = new ArrayList<>();
    protected HttpApi api;

    protected ApiFixture() {
        this(IpAllowlist.parse("0.0.0.0/0,::/0"), IpAllowlist.parse(""), new OpenAccess());
    }

    protected ApiFixture(IpAllowlist allowlist, IpAllowlist trustedProxies, Authenticator authenticator) {
        api = new HttpApi(
                RosterApi.routes(roster, "memory", JSON),
                new EdgeSecurity(allowlist, new ClientAddresses(trustedProxies), authenticator),
                JSON,
                new RequestLog() {
                    @Override
                    public void record(RequestRecord record) {
                        logged.add(record);
                    }

                    @Override
                    public void failure(String requestId, Throwable cause) {
                        failures.add(requestId + " " + cause);
                    }
                },
                Clock.systemUTC());
    }

    protected Reply get(String path) {
        return call("GET", path, null, Map.of());
    }

    protected Reply delete(String path) {
        return call("DELETE", path, null, Map.of());
    }

    protected Reply post(String path, String json) {
        return call("POST", path, json, Map.of("Content-Type", "application/json"));
    }

    protected Reply patch(String path, String json) {
        return call("PATCH", path, json, Map.of("Content-Type", "application/json; charset=utf-8"));
    }

    protected Reply call(String method, String pathAndQuery, String body, Map<String, String> headers) {
        return call(
                method,
                pathAndQuery,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                headers,
                "127.0.0.1");
    }

    protected Reply call(String method, String pathAndQuery, byte[] body, Map<String, String> headers, String peer) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? null : pathAndQuery.substring(question + 1);
        Map<String, List<String>> headerLists = new LinkedHashMap<>();
        headers.forEach((name, value) -> headerLists.put(name, List.of(value)));
        ApiResponse response = api.handle(
                new ApiRequest(method, path, QueryStrings.parse(query), Headers.of(headerLists), body, peer, Map.of()));
        return new Reply(response);
    }

    /** A registered account's id, for the tests that need one. */
    protected String registerKim() {
        Reply created = post(
                "/api/platforms/a/accounts",
                "{\"name\":\"김민지\",\"phone\":\"010-1234-5678\",\"handle\":\"@minji\",\"email\":\"minji@example.com\"}");
        return created.json().get("id").asText();
    }

    /** An answer, with its body read as JSON when it is some. */
    public record Reply(ApiResponse response) {

        public int status() {
            return response.status();
        }

        public String header(String name) {
            return response.headers().get(name);
        }

        public JsonNode json() {
            try {
                return READER.readTree(response.body());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }

        @Override
        public String toString() {
            return response.status() + " " + response.bodyText();
        }
    }
}
