package dev.roster.adapters.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.adapters.http.routes.HttpApi;
import dev.roster.adapters.http.routes.RequestLog;
import dev.roster.adapters.http.routes.RequestRecord;
import dev.roster.adapters.http.routes.RosterApi;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.GatewayClaimsAuthenticator;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.application.Roster;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.port.FileKey;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryPorts;
import dev.roster.application.testkit.InMemoryStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayHandlerTest {

    private static final JsonCodec JSON = new JsonCodec();
    private static final ObjectMapper READER = new ObjectMapper();

    private final InMemoryStorage storage = new InMemoryStorage();
    private final InMemoryFileStore files = new InMemoryFileStore(Clock.systemUTC());
    private final Roster roster = InMemoryPorts.everyCapability(storage).build();
    private final List<RequestRecord> logged = new ArrayList<>();

    @Test
    void answersTheDocumentationsSampleEventWithAProblemForAPathItDoesNotServe() {
        APIGatewayV2HTTPResponse response =
                handler("192.0.2.0/24").handleRequest(event("apigw-v2-docs-sample.json"), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(response.getIsBase64Encoded()).isFalse();
        assertThat(json(response.getBody()).get("type").asText()).isEqualTo("urn:roster:problem:not-found");
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.method()).isEqualTo("POST");
            assertThat(record.path()).isEqualTo("/my/path");
            assertThat(record.clientIp()).isEqualTo("192.0.2.1");
        });
    }

    @Test
    void refusesASourceAddressOutsideTheAllowlistBeforeAnythingElse() {
        APIGatewayV2HTTPResponse response =
                handler("198.51.100.0/24").handleRequest(event("cognito-register-account.json"), null);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(registeredOnPlatformA()).isZero();
    }

    @Test
    void registersAnAccountFromABase64BodyAsTheCallerTheGatewayVerified() {
        APIGatewayV2HTTPResponse response =
                handler("203.0.113.0/24").handleRequest(event("cognito-register-account.json"), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        JsonNode account = json(response.getBody());
        assertThat(account.at("/influencer/name").asText()).isEqualTo("김민지");
        assertThat(account.at("/influencer/phone").asText()).isEqualTo("+821012345678");
        assertThat(response.getHeaders()).containsKey(HttpApi.REQUEST_ID);
        assertThat(logged)
                .singleElement()
                .satisfies(record -> assertThat(record.caller()).isEqualTo("7b1f6c2e-0000-4000-8000-00000000abcd"));
    }

    @Test
    void aViewerMayReadButNotWrite() {
        ApiGatewayHandler handler = handler("203.0.113.0/24");
        APIGatewayV2HTTPEvent asViewer = event("cognito-register-account.json");
        asViewer.getRequestContext().getAuthorizer().getJwt().getClaims().put("cognito:groups", "[viewer]");

        assertThat(handler.handleRequest(asViewer, null).getStatusCode()).isEqualTo(403);

        APIGatewayV2HTTPEvent search = event("cognito-register-account.json");
        search.getRequestContext().getAuthorizer().getJwt().getClaims().put("cognito:groups", "[viewer]");
        search.getRequestContext().getHttp().setMethod("GET");
        search.setRawQueryString("q=%EB%AF%BC%EC%A7%80&limit=5");
        search.setBody(null);
        APIGatewayV2HTTPResponse page = handler.handleRequest(search, null);
        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(json(page.getBody()).get("items").size()).isZero();
    }

    @Test
    void withoutVerifiedClaimsACallerIsAnonymousAndMustAuthenticate() {
        APIGatewayV2HTTPEvent event = event("cognito-register-account.json");
        event.getRequestContext().setAuthorizer(null);

        APIGatewayV2HTTPResponse response = handler("203.0.113.0/24").handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(registeredOnPlatformA()).isZero();
    }

    @Test
    void aBodyMarkedBase64ThatIsNotGetsAClearProblem() {
        APIGatewayV2HTTPEvent event = event("cognito-register-account.json");
        event.setBody("this is *not* base64 {}");

        APIGatewayV2HTTPResponse response = handler("203.0.113.0/24").handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(json(response.getBody()).get("detail").asText()).contains("base64");
        assertThat(registeredOnPlatformA()).isZero();
    }

    @Test
    void sendsBinaryBodiesInBase64AndTextAsItIs() {
        byte[] workbook = {0x50, 0x4B, 0x03, 0x04, (byte) 0xFF, 0x00};
        APIGatewayV2HTTPResponse binary = GatewayResponses.write(new dev.roster.adapters.http.routes.ApiResponse(
                200,
                Map.of("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                workbook));
        APIGatewayV2HTTPResponse text = GatewayResponses.write(dev.roster.adapters.http.routes.ApiResponse.of(
                200, "application/problem+json", "{\"title\":\"한글\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(binary.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(binary.getBody())).isEqualTo(workbook);
        assertThat(text.getIsBase64Encoded()).isFalse();
        assertThat(text.getBody()).isEqualTo("{\"title\":\"한글\"}");
    }

    @Test
    void aResponseTooLargeForLambdaIsStoredUnderANameOfTheServersOwnAndTheCallerSentToASignedLink() {
        ApiGatewayHandler handler = handler("192.0.2.0/24", 100);

        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            APIGatewayV2HTTPEvent event = event("apigw-v2-docs-sample.json");
            event.getRequestContext().getHttp().setMethod("GET");
            event.setRawPath("/api/openapi.json");
            // A caller choosing the id would choose where the answer is stored: the same for both, or another's.
            event.getHeaders().put("x-request-id", "chosen-by-the-caller");
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

            assertThat(response.getStatusCode()).isEqualTo(303);
            locations.add(response.getHeaders().get("Location"));
        }

        assertThat(locations).doesNotHaveDuplicates().noneMatch(location -> location.contains("chosen-by-the-caller"));
        String key = URI.create(locations.get(0)).getPath().replaceFirst("^/", "");
        assertThat(key).matches("responses/[0-9a-f-]{36}");
        assertThat(files.open(FileKey.of(key))).hasValueSatisfying(stored -> {
            assertThat(stored.contentType()).isEqualTo("application/json");
            assertThat(new String(read(stored.content()), StandardCharsets.UTF_8))
                    .contains("\"openapi\"");
        });
    }

    private int registeredOnPlatformA() {
        return roster.accounts()
                .search(new SearchAccountsCommand("a", null, null, null, null, 100, null))
                .items()
                .size();
    }

    private ApiGatewayHandler handler(String allowedCidrs) {
        return handler(allowedCidrs, OversizedResponses.DEFAULT_LIMIT_BYTES);
    }

    private ApiGatewayHandler handler(String allowedCidrs, long responseLimit) {
        EdgeSecurity security = new EdgeSecurity(
                IpAllowlist.parse(allowedCidrs),
                new ClientAddresses(IpAllowlist.parse("")),
                new GatewayClaimsAuthenticator());
        HttpApi api = new HttpApi(
                RosterApi.routes(roster, "memory", JSON),
                security,
                JSON,
                new RequestLog() {
                    @Override
                    public void record(RequestRecord record) {
                        logged.add(record);
                    }

                    @Override
                    public void failure(String requestId, Throwable cause) {
                        throw new AssertionError("unexpected failure " + requestId, cause);
                    }
                },
                Clock.systemUTC());
        return new ApiGatewayHandler(api, new OversizedResponses(files, responseLimit), JSON);
    }

    private static APIGatewayV2HTTPEvent event(String name) {
        try (InputStream json = ApiGatewayHandlerTest.class.getResourceAsStream("/events/" + name)) {
            return LambdaEventSerializers.serializerFor(
                            APIGatewayV2HTTPEvent.class, ApiGatewayHandlerTest.class.getClassLoader())
                    .fromJson(json);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static JsonNode json(String body) {
        try {
            return READER.readTree(body);
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    private static byte[] read(InputStream content) {
        try (content) {
            return content.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
