package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountApiTest extends ApiFixture {

    @Test
    void registersAnAccountAndShowsItWithItsPerson() {
        Reply created = post("/api/platforms/a/accounts", """
                {"name": " 김민지 ", "phone": "010-1234-5678", "handle": "@minji",
                 "profileUrl": "https://blog.example/minji", "email": "minji@example.com", "notes": "VIP"}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode account = created.json();
        String id = account.get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/platforms/a/accounts/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Content-Type")).isEqualTo("application/json");
        assertThat(account.get("platform").asText()).isEqualTo("a");
        assertThat(account.get("handle").asText()).isEqualTo("minji");
        assertThat(account.get("email").asText()).isEqualTo("minji@example.com");
        assertThat(account.get("version").asLong()).isEqualTo(1);
        assertThat(account.get("influencer").get("name").asText()).isEqualTo("김민지");
        assertThat(account.get("influencer").get("phone").asText()).isEqualTo("+821012345678");
        assertThat(account.get("otherAccounts")).isEmpty();
        assertThat(account.get("metrics").isNull()).isTrue();

        assertThat(get("/api/platforms/a/accounts/" + id).json()).isEqualTo(account);
    }

    @Test
    void showsThePersonsAccountsOnOtherPlatforms() {
        String onA = registerKim();
        Reply onB = post(
                "/api/platforms/b/accounts",
                "{\"name\":\"김민지\",\"phone\":\"+82 10 1234 5678\",\"handle\":\"minji.b\"}");

        assertThat(onB.json().get("otherAccounts").get(0).get("id").asText()).isEqualTo(onA);
        JsonNode refs = get("/api/platforms/a/accounts/" + onA).json().get("otherAccounts");
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).get("platform").asText()).isEqualTo("b");
        assertThat(refs.get(0).get("handle").asText()).isEqualTo("minji.b");
    }

    @Test
    void reportsEveryFieldProblemAtOnceAsAProblemDocument() {
        Reply refused = post(
                "/api/platforms/a/accounts",
                "{\"name\":\"\",\"phone\":\"12\",\"handle\":\"two words\",\"email\":\"nope\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asText()).isEqualTo("urn:roster:problem:invalid-input");
        assertThat(problem.get("title").asText()).isEqualTo("Invalid input");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("requestId").asText()).isEqualTo(refused.header("X-Request-Id"));
        assertThat(fields(problem)).containsExactly("email", "handle", "name", "phone");
    }

    @Test
    void refusesBodiesThatAreNotTheRightJson() {
        assertThat(fields(post(
                                "/api/platforms/a/accounts",
                                "{\"name\":1,\"phone\":[],\"handle\":\"x\",\"nmae\":\"typo\"}")
                        .json()))
                .containsExactly("name", "nmae", "phone");
        assertThat(post("/api/platforms/a/accounts", "{\"name\":")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("body");
        assertThat(post("/api/platforms/a/accounts", "[1,2]").status()).isEqualTo(400);
        assertThat(post("/api/platforms/a/accounts", "").status()).isEqualTo(400);
        assertThat(post("/api/platforms/a/accounts", "{\"a\":1,\"a\":2}").status())
                .isEqualTo(400);
        assertThat(post("/api/platforms/a/accounts", "[".repeat(10_000)).status())
                .isEqualTo(400);
    }

    @Test
    void refusesAWrongContentTypeAndAnOversizedBody() {
        Reply text =
                call("POST", "/api/platforms/a/accounts", "{\"name\":\"x\"}", Map.of("Content-Type", "text/plain"));
        Reply none = call("POST", "/api/platforms/a/accounts", "{\"name\":\"x\"}", Map.of());
        Reply huge = post("/api/platforms/a/accounts", "{\"notes\":\"" + "x".repeat(70_000) + "\"}");

        assertThat(text.status()).isEqualTo(415);
        assertThat(none.status()).isEqualTo(415);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("type").asText()).isEqualTo("urn:roster:problem:payload-too-large");
        assertThat(storage.accountSearch()
                        .search(dev.roster.application.query.AccountQuery.all(
                                dev.roster.domain.platform.PlatformCode.of("a"), 10))
                        .items())
                .isEmpty();
    }

    @Test
    void answersConflictForATakenHandleWithTheReason() {
        registerKim();

        Reply again = post(
                "/api/platforms/a/accounts", "{\"name\":\"Other\",\"phone\":\"010-9999-8888\",\"handle\":\"MINJI\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reason").asText()).isEqualTo("DUPLICATE_HANDLE");
    }

    @Test
    void answersNotFoundForUnknownPlatformsAndIds() {
        String id = registerKim();

        assertThat(get("/api/platforms/zz/accounts/" + id).status()).isEqualTo(404);
        assertThat(get("/api/platforms/b/accounts/" + id).status()).isEqualTo(404);
        assertThat(get("/api/platforms/a/accounts/not-an-id").status()).isEqualTo(404);
        assertThat(get("/api/platforms/a/accounts/%27%20OR%201%3D1").status()).isEqualTo(404);
        assertThat(get("/api/platforms/a/accounts/%E0%A4%A").status()).isEqualTo(404);
        assertThat(post("/api/platforms/zz/accounts", "{\"name\":\"x\",\"phone\":\"010-1234-5678\",\"handle\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(get("/api/nothing/here").json().get("type").asText()).isEqualTo("urn:roster:problem:not-found");
    }

    @Test
    void changesAnAccountAgainstTheVersionReadFromTheBodyOrIfMatch() {
        String id = registerKim();

        Reply changed = patch("/api/platforms/a/accounts/" + id, "{\"version\":1,\"email\":null,\"notes\":\"new\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("email").isNull()).isTrue();
        assertThat(changed.json().get("notes").asText()).isEqualTo("new");
        assertThat(changed.json().get("handle").asText()).isEqualTo("minji");
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");

        Reply viaIfMatch = call(
                "PATCH",
                "/api/platforms/a/accounts/" + id,
                "{\"handle\":\"minji2\"}",
                Map.of("Content-Type", "application/merge-patch+json", "If-Match", "\"2\""));
        assertThat(viaIfMatch.status()).isEqualTo(200);
        assertThat(viaIfMatch.json().get("version").asLong()).isEqualTo(3);

        Reply stale = patch("/api/platforms/a/accounts/" + id, "{\"version\":1,\"notes\":\"lost?\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("reason").asText()).isEqualTo("STALE_VERSION");

        Reply noVersion = patch("/api/platforms/a/accounts/" + id, "{\"notes\":\"x\"}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(fields(noVersion.json())).containsExactly("expectedVersion");
    }

    @Test
    void deletesAnAccountOnce() {
        String id = registerKim();

        Reply deleted = delete("/api/platforms/a/accounts/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.response().body()).isEmpty();
        assertThat(delete("/api/platforms/a/accounts/" + id).status()).isEqualTo(404);
        assertThat(get("/api/platforms/a/accounts/" + id).status()).isEqualTo(404);
    }

    @Test
    void searchesAPlatformPageByPage() {
        for (String handle : List.of("kim.one", "kim.two", "lee", "kim.three")) {
            post(
                    "/api/platforms/a/accounts",
                    "{\"name\":\"Kim " + handle + "\",\"phone\":\"010-1234-5678\"," + "\"handle\":\"" + handle + "\"}");
        }

        JsonNode first =
                get("/api/platforms/a/accounts?q=KIM.&sort=handle&limit=2").json();
        assertThat(handles(first)).containsExactly("kim.one", "kim.three");
        String cursor = first.get("nextCursor").asText();
        JsonNode second = get("/api/platforms/a/accounts?q=KIM.&sort=handle&limit=2&cursor=" + cursor)
                .json();
        assertThat(handles(second)).containsExactly("kim.two");
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(handles(get("/api/platforms/a/accounts?q=%EA%B9%80").json())).isEmpty();
    }

    @Test
    void refusesBadSearchParametersAllAtOnce() {
        Reply refused = get("/api/platforms/a/accounts?limit=many&minFollowers=-1&hasConsent=maybe&sort=size");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactly("hasConsent", "limit", "minFollowers", "sort");
        assertThat(fields(get("/api/platforms/a/accounts?limit=1000").json())).containsExactly("limit");
        assertThat(fields(get("/api/platforms/a/accounts?cursor=forged").json()))
                .containsExactly("cursor");
    }

    @Test
    void answersMethodNotAllowedWithTheMethodsThatAre() {
        Reply put = call("PUT", "/api/platforms/a/accounts", "{}", Map.of("Content-Type", "application/json"));

        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).isEqualTo("GET, POST");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static List<String> handles(JsonNode page) {
        List<String> handles = new ArrayList<>();
        page.get("items").forEach(item -> handles.add(item.get("handle").asText()));
        return handles;
    }
}
