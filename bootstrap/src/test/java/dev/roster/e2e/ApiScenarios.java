package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.http.client.HttpExchange;
import dev.roster.adapters.http.client.RosterApiException;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.dto.AccountChanges;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.AccountPageDto;
import dev.roster.adapters.http.routes.dto.InfluencerChanges;
import dev.roster.adapters.http.routes.dto.InfluencerDto;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import dev.roster.adapters.http.routes.json.JsonCodec;
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
        AccountDto onA = client.register("a", new RegisterAccountRequest("김민지", phone, "@mj_" + unique,
                "https://blog.example/mj", "mj@example.com", "협찬 가능"));
        AccountDto onB = client.register("b", new RegisterAccountRequest("김민지", phone, "mj.b_" + unique, null, null,
                null));

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
            client.register("a", new RegisterAccountRequest("검색 " + unique + " " + i, phone(),
                    "find_" + unique + "_" + i, null, null, null));
        }
        client.register("b", new RegisterAccountRequest("검색 " + unique, phone(), "find_" + unique + "_b", null, null,
                null));

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

        assertThat(handles).containsExactly("find_" + unique + "_0", "find_" + unique + "_1", "find_" + unique + "_2",
                "find_" + unique + "_3", "find_" + unique + "_4");
        assertThat(client.search("a", Map.of("q", "검색 " + unique)).items()).hasSize(5);
    }

    @Test
    void changesAccountsAndPeopleAgainstTheVersionRead() {
        AccountDto account = client.register("a", new RegisterAccountRequest("Lee", phone(), "lee_" + unique, null,
                "lee@example.com", null));

        AccountDto changed = client.change("a", account.id(), new AccountChanges(account.version(), null, null, "",
                "메모"));
        assertThat(changed.email()).isNull();
        assertThat(changed.notes()).isEqualTo("메모");
        assertThat(changed.version()).isEqualTo(account.version() + 1);
        assertRefused(() -> client.change("a", account.id(), new AccountChanges(account.version(), null, null, null,
                "stale")), 409, "urn:roster:problem:conflict");

        InfluencerDto person = client.change(account.influencer().id(),
                new InfluencerChanges(1L, "Lee Jiwoo", null));
        assertThat(person.name()).isEqualTo("Lee Jiwoo");
    }

    @Test
    void deletesAccountsAndPeople() {
        String phone = phone();
        AccountDto onA = client.register("a", new RegisterAccountRequest("Park", phone, "park_" + unique, null, null,
                null));
        AccountDto onB = client.register("b", new RegisterAccountRequest("Park", phone, "park.b_" + unique, null, null,
                null));

        client.delete("a", onA.id());
        assertRefused(() -> client.account("a", onA.id()), 404, "urn:roster:problem:not-found");
        assertThat(client.account("b", onB.id()).otherAccounts()).isEmpty();

        client.deleteInfluencer(onB.influencer().id());
        assertRefused(() -> client.account("b", onB.id()), 404, "urn:roster:problem:not-found");
    }

    @Test
    void refusesBadInputWithEveryProblemAndTakesNoPartOfIt() {
        RosterApiException refused = refusal(() -> client.register("a",
                new RegisterAccountRequest("", "12", "two words", "ftp://x", "nope", null)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem().errors()).extracting(error -> error.field())
                .containsExactly("email", "handle", "name", "phone", "profileUrl");
        assertRefused(() -> client.register("zz", new RegisterAccountRequest("Kim", phone(), "x" + unique, null, null,
                null)), 404, "urn:roster:problem:not-found");
        assertRefused(() -> client.account("a", "not-an-id"), 404, "urn:roster:problem:not-found");
    }

    @Test
    void refusesATakenHandleInAnyLetterCase() {
        client.register("a", new RegisterAccountRequest("Choi", phone(), "Taken_" + unique, null, null, null));

        RosterApiException refused = refusal(() -> client.register("a", new RegisterAccountRequest("Jung", phone(),
                "TAKEN_" + unique.toUpperCase(), null, null, null)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problem().reason()).isEqualTo("DUPLICATE_HANDLE");
    }

    @Test
    void refusesOversizedAndMistypedBodiesAndKeepsServing() {
        HttpExchange.Response huge = exchange().exchange(new HttpExchange.Request("POST", "/api/platforms/a/accounts",
                headers("application/json"), ("{\"notes\":\"" + "x".repeat(100_000) + "\"}")
                        .getBytes(StandardCharsets.UTF_8)));
        HttpExchange.Response text = exchange().exchange(new HttpExchange.Request("POST", "/api/platforms/a/accounts",
                headers("text/plain"), "name=x".getBytes(StandardCharsets.UTF_8)));
        HttpExchange.Response malformed = exchange().exchange(new HttpExchange.Request("POST",
                "/api/platforms/a/accounts", headers("application/json"), "{\"name\":".getBytes(StandardCharsets.UTF_8)));

        assertThat(huge.status()).isEqualTo(413);
        assertThat(text.status()).isEqualTo(415);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.header("X-Request-Id")).isNotBlank();
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
        return "010-" + String.valueOf(digits).substring(0, 4).replace('5', '6') + "-" + String.valueOf(digits).substring(4);
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
