package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.PlatformCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the core counts, as {@code GET /api/metrics} shows it: the text format a Prometheus scrape accepts. */
class ApiMetricsTest {

    private final ApiMetrics metrics = new ApiMetrics();

    @Test
    void labelNamesAreWhatPrometheusAllowsAndNothingElse() {
        for (String allowed : new String[] {"platform", "_a1", "Z_9", "_"}) {
            assertThat(Labels.of(allowed, "v").namesAndValues()).first().isEqualTo(allowed);
        }
        for (String refused : new String[] {"", "1x", "a-b", "a b", "é", "a\n", "\u0661a"}) {
            assertThatThrownBy(() -> Labels.of(refused, "v"))
                    .as(refused)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a Prometheus label name");
        }
    }

    @Test
    void countsWhatTheCoreToldItByPlatformAndOutcome() {
        PlatformCode a = PlatformCode.of("a");
        metrics.imported(a, 1_998, 2);
        metrics.imported(a, 10, 0);
        metrics.collected(a, "collected", 20);
        metrics.collected(a, "private", 3);
        metrics.collected(a, "collected", 5);
        metrics.collectionQueued(a, 25);
        metrics.rateLimitWaited(a, Duration.ofMillis(1_500));
        metrics.rateLimitWaited(a, Duration.ofMillis(500));
        metrics.jobFinished(JobType.of("import"), "succeeded");
        metrics.jobFinished(JobType.of("import"), "failed");
        metrics.jobFinished(JobType.of("import"), "succeeded");

        PrometheusTextParser.Scrape scrape = scrape();

        assertThat(scrape.value("roster_import_rows_total", Map.of("platform", "a", "outcome", "saved")))
                .isEqualTo(2_008);
        assertThat(scrape.value("roster_import_rows_total", Map.of("platform", "a", "outcome", "failed")))
                .isEqualTo(2);
        assertThat(scrape.value("roster_collections_total", Map.of("platform", "a", "outcome", "collected")))
                .isEqualTo(25);
        assertThat(scrape.value("roster_collections_total", Map.of("platform", "a", "outcome", "private")))
                .isEqualTo(3);
        assertThat(scrape.value("roster_collection_queued_accounts_total", Map.of("platform", "a")))
                .isEqualTo(25);
        assertThat(scrape.value("roster_rate_limit_waits_total", Map.of("platform", "a")))
                .isEqualTo(2);
        assertThat(scrape.value("roster_rate_limit_wait_seconds_total", Map.of("platform", "a")))
                .isEqualTo(2.0);
        assertThat(scrape.value("roster_jobs_total", Map.of("type", "import", "outcome", "succeeded")))
                .isEqualTo(2);
        assertThat(scrape.value("roster_jobs_total", Map.of("type", "import", "outcome", "failed")))
                .isEqualTo(1);
        assertThat(scrape.types())
                .containsEntry("roster_import_rows_total", "counter")
                .containsEntry("roster_collections_total", "counter")
                .containsEntry("roster_rate_limit_wait_seconds_total", "counter")
                .containsEntry("roster_http_request_duration_seconds", "summary");
        assertThat(scrape.helps()).containsKeys(scrape.types().keySet().toArray(String[]::new));
    }

    @Test
    void anyTextInALabelIsEscapedSoTheScrapeReadsItBack() {
        String hostile = "quote \" backslash \\ newline \n end";
        metrics.collected(PlatformCode.of("a"), hostile, 1);
        metrics.gauge(
                "roster_job_queue_depth",
                "Jobs waiting, by queue; a \\ and a\nline feed in the help.",
                () -> Map.of(Labels.of("queue", hostile), 4));

        PrometheusTextParser.Scrape scrape = scrape();

        assertThat(scrape.value("roster_collections_total", Map.of("platform", "a", "outcome", hostile)))
                .isEqualTo(1);
        assertThat(scrape.value("roster_job_queue_depth", Map.of("queue", hostile)))
                .isEqualTo(4);
        assertThat(scrape.helps().get("roster_job_queue_depth"))
                .isEqualTo("Jobs waiting, by queue; a \\ and a\nline feed in the help.");
    }

    @Test
    void aGaugeThatCannotBeReadIsLeftOutAndTheRestIsServed() {
        metrics.gauge("roster_job_queue_depth", "Jobs waiting.", () -> {
            throw new IllegalStateException("the store is down");
        });
        metrics.jobFinished(JobType.of("collect"), "succeeded");

        PrometheusTextParser.Scrape scrape = scrape();

        assertThat(scrape.types()).doesNotContainKey("roster_job_queue_depth");
        assertThat(scrape.value("roster_jobs_total", Map.of("type", "collect", "outcome", "succeeded")))
                .isEqualTo(1);
    }

    /** The parser the tests trust refuses what a Prometheus scrape refuses. */
    @Test
    void theStrictParserRefusesWhatAScrapeWouldRefuse() {
        for (String bad : new String[] {
            "roster_x{a=\"unescaped \" quote\"} 1\n",
            "roster_x{a=\"bad \\t escape\"} 1\n",
            "roster_x 1",
            "roster_x one\n",
            "# TYPE roster_x counter\n# TYPE roster_x counter\nroster_x 1\n",
            "roster_x 1\n# TYPE roster_x counter\n",
            "# TYPE roster_x counter\nroster_x 1\n# TYPE roster_y gauge\nroster_y 1\nroster_x{a=\"b\"} 2\n",
            "roster_x 1\nroster_x 2\n",
            "roster_x{a=\"b\",a=\"c\"} 1\n",
            "9roster 1\n",
            "roster_x{9a=\"b\"} 1\n",
        }) {
            assertThatThrownBy(() -> PrometheusTextParser.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private PrometheusTextParser.Scrape scrape() {
        return PrometheusTextParser.parse(new String(metrics.render(), StandardCharsets.UTF_8));
    }
}
