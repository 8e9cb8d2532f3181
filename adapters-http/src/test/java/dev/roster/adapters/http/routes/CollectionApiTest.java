package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.application.Roster;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.JobQueue;
import dev.roster.application.testkit.InMemoryPorts;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.PlatformCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectionApiTest extends ApiFixture {

    private final List<JobId> queued = new ArrayList<>();

    CollectionApiTest() {
        Roster collecting = InMemoryPorts.everyCapability(storage)
                .platformCollection(
                        PlatformCode.of("a"),
                        new PlatformCollection(
                                "https://a.example/{handle}",
                                Duration.ofDays(1),
                                60,
                                2,
                                PlatformCollection.Collector.SERVER))
                .collection(new JobQueue() {
                    @Override
                    public void enqueue(JobId job) {
                        queued.add(job);
                    }

                    @Override
                    public List<JobDelivery> receive(int max, Duration visibility) {
                        return List.of();
                    }

                    @Override
                    public void acknowledge(JobDelivery delivery) {}

                    @Override
                    public void release(JobDelivery delivery, Duration delay) {}
                })
                .build();
        api = new HttpApi(
                RosterApi.routes(collecting, "memory", JSON),
                new EdgeSecurity(
                        IpAllowlist.parse("0.0.0.0/0,::/0"),
                        new ClientAddresses(IpAllowlist.parse("")),
                        new OpenAccess()),
                JSON,
                new JsonLinesRequestLog(System.out, JSON),
                Clock.systemUTC());
    }

    @Test
    void recordsReportedMetricsAndShowsThemOnTheAccountAndInTheHistory() {
        String id = registerKim();
        String metrics = "/api/platforms/a/accounts/" + id + "/metrics";

        Reply first = post(
                metrics,
                "{\"collectedAt\":\"2026-03-02T09:00:00Z\",\"metrics\":{\"followers\":12000,"
                        + "\"dailyVisitors\":3456}}");
        post(metrics, "{\"collectedAt\":\"2026-03-03T09:00:00+09:00\",\"metrics\":{\"followers\":12100}}");

        assertThat(first.status()).isEqualTo(204);
        JsonNode account = get("/api/platforms/a/accounts/" + id).json();
        assertThat(account.get("metrics").get("followers").asLong()).isEqualTo(12100);
        assertThat(account.get("metrics").get("collectedAt").asText()).isEqualTo("2026-03-03T00:00:00Z");
        assertThat(account.get("lastCollection").isNull()).isTrue();
        JsonNode items = get(metrics).json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("collectedAt").asText()).isEqualTo("2026-03-03T00:00:00Z");
        assertThat(items.get(1).get("metrics").get("dailyVisitors").asLong()).isEqualTo(3456);
        assertThat(get(metrics + "?limit=1").json().get("items")).hasSize(1);
    }

    @Test
    void showsAReportedFailureAsTheLastCollectionUntilNewerMetricsCome() {
        String id = registerKim();
        String metrics = "/api/platforms/a/accounts/" + id + "/metrics";
        Instant now = Instant.now();

        post(
                metrics,
                "{\"collectedAt\":\"" + now.minusSeconds(60) + "\",\"failure\":{\"status\":\"private\","
                        + "\"reason\":\"the profile says private\"}}");

        JsonNode failed = get("/api/platforms/a/accounts/" + id).json().get("lastCollection");
        assertThat(failed.get("status").asText()).isEqualTo("private");
        assertThat(failed.get("reason").asText()).isEqualTo("the profile says private");
        post(metrics, "{\"collectedAt\":\"" + now + "\",\"metrics\":{\"followers\":1}}");
        assertThat(get("/api/platforms/a/accounts/" + id)
                        .json()
                        .get("lastCollection")
                        .isNull())
                .isTrue();
    }

    @Test
    void refusesAReportThatMakesNoSenseNamingTheFields() {
        String id = registerKim();

        Reply refused = post(
                "/api/platforms/a/accounts/" + id + "/metrics",
                "{\"collectedAt\":\"yesterday\",\"metrics\":{\"followers\":\"many\",\"likes\":3},\"extra\":1}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.response().bodyText())
                .contains("collectedAt")
                .contains("metrics.followers")
                .contains("extra");
        Reply unknownStatus = post(
                "/api/platforms/a/accounts/" + id + "/metrics",
                "{\"collectedAt\":\"2026-03-02T09:00:00Z\",\"failure\":{\"status\":\"exploded\",\"reason\":\"?\"}}");
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.response().bodyText()).contains("failure.status");
    }

    @Test
    void showsDueAccountsWithThePageToReadAsOftenAsAskedWithoutClaimingThem() {
        String id = registerKim();

        JsonNode due = get("/api/platforms/a/collections/due?limit=5").json().get("items");
        JsonNode again = get("/api/platforms/a/collections/due").json().get("items");

        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("id").asText()).isEqualTo(id);
        assertThat(due.get(0).get("handle").asText()).isEqualTo("minji");
        assertThat(due.get(0).get("profileUrl").asText()).isEqualTo("https://a.example/minji");
        assertThat(again).isEqualTo(due);
        assertThat(get("/api/platforms/a/collections/due?limit=0").status()).isEqualTo(400);
    }

    @Test
    void handsDueAccountsOutOnceThroughAClaim() {
        String id = registerKim();

        Reply claimed = post("/api/platforms/a/collections/claims", "{\"limit\": 5}");
        Reply claimedAgain = call("POST", "/api/platforms/a/collections/claims", (String) null, Map.of());

        assertThat(claimed.status()).isEqualTo(200);
        JsonNode items = claimed.json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asText()).isEqualTo(id);
        assertThat(items.get(0).get("profileUrl").asText()).isEqualTo("https://a.example/minji");
        assertThat(claimedAgain.status()).isEqualTo(200);
        assertThat(claimedAgain.json().get("items"))
                .as("claimed by the first call")
                .isEmpty();
        assertThat(get("/api/platforms/a/collections/due").json().get("items"))
                .as("claimed: not due")
                .isEmpty();
    }

    @Test
    void refusesAClaimBeyondItsLimitsOrWithUnknownFields() {
        Reply zero = post("/api/platforms/a/collections/claims", "{\"limit\": 0}");
        Reply huge = post("/api/platforms/a/collections/claims", "{\"limit\": 99999999999}");
        Reply unknown = post("/api/platforms/a/collections/claims", "{\"lease\": 60}");
        Reply noPlatform = post("/api/platforms/zz/collections/claims", "{}");

        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.response().bodyText()).contains("limit");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.response().bodyText()).contains("lease");
        assertThat(noPlatform.status()).isEqualTo(404);
    }

    @Test
    void aManualRunQueuesWhatIsDueOrEverything() {
        registerKim();

        Reply run = call("POST", "/api/platforms/a/collections", (String) null, java.util.Map.of());
        Reply again = call("POST", "/api/platforms/a/collections?all=true", (String) null, java.util.Map.of());

        assertThat(run.status()).isEqualTo(202);
        assertThat(run.json().get("accounts").asInt()).isEqualTo(1);
        assertThat(run.json().get("jobs")).hasSize(1);
        assertThat(queued).hasSize(1);
        assertThat(again.json().get("accounts").asInt()).as("already queued").isZero();
        assertThat(call("POST", "/api/platforms/zz/collections", (String) null, java.util.Map.of())
                        .status())
                .isEqualTo(404);
    }
}
