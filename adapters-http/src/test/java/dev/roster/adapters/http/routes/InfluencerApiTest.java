package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class InfluencerApiTest extends ApiFixture {

    @Test
    void showsAPersonWithEveryAccount() {
        String accountId = registerKim();
        post("/api/platforms/b/accounts", "{\"name\":\"김민지\",\"phone\":\"01012345678\",\"handle\":\"mj\"}");
        String personId = get("/api/platforms/a/accounts/" + accountId)
                .json()
                .get("influencer")
                .get("id")
                .asText();

        Reply person = get("/api/influencers/" + personId);

        assertThat(person.status()).isEqualTo(200);
        assertThat(person.header("ETag")).isEqualTo("\"1\"");
        JsonNode body = person.json();
        assertThat(body.get("phone").asText()).isEqualTo("+821012345678");
        assertThat(body.get("accounts")).hasSize(2);
        assertThat(body.get("accounts").get(0).get("platform").asText()).isEqualTo("a");
        assertThat(body.get("hasConsent").asBoolean()).isFalse();
    }

    @Test
    void correctsAPersonAgainstTheVersionRead() {
        String personId = personOf(registerKim());

        Reply changed = patch("/api/influencers/" + personId, "{\"version\":1,\"name\":\"김민지 (Minji)\"}");
        Reply stale = patch("/api/influencers/" + personId, "{\"version\":1,\"phone\":\"010-2222-3333\"}");
        Reply bad = patch("/api/influencers/" + personId, "{\"version\":\"two\",\"phone\":\"12\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("name").asText()).isEqualTo("김민지 (Minji)");
        assertThat(changed.json().get("version").asLong()).isEqualTo(2);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("version");
    }

    @Test
    void deletesAPersonWithEveryAccount() {
        String accountId = registerKim();
        String personId = personOf(accountId);

        assertThat(delete("/api/influencers/" + personId).status()).isEqualTo(204);

        assertThat(get("/api/influencers/" + personId).status()).isEqualTo(404);
        assertThat(get("/api/platforms/a/accounts/" + accountId).status()).isEqualTo(404);
        assertThat(delete("/api/influencers/" + personId).status()).isEqualTo(404);
    }

    private String personOf(String accountId) {
        return get("/api/platforms/a/accounts/" + accountId)
                .json()
                .get("influencer")
                .get("id")
                .asText();
    }
}
