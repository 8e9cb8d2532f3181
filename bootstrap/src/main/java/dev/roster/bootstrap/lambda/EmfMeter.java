package dev.roster.bootstrap.lambda;

import dev.roster.application.port.Meter;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The functions' {@link Meter}: it adds up what the core counts while a job (or a request, or a scheduling run) goes,
 * and {@link #flush} then writes it as CloudWatch Embedded Metric Format documents, one log line per group of
 * dimension values (a platform; a platform and an outcome; a job type and an outcome), never one per row. CloudWatch
 * Logs turns them into metrics in the {@value LambdaRequestLog#NAMESPACE} namespace: no agent, no API call.
 */
final class EmfMeter implements Meter {

    /** A metric the functions emit: its name, unit and each set of dimensions it is emitted under. */
    record Emitted(String name, String unit, List<List<String>> dimensions) {}

    static final String PLATFORM = "platform";
    static final String OUTCOME = "outcome";
    static final String JOB_TYPE = "jobType";

    /** Per platform, and in total (no dimension) so an alarm need not know the platforms. */
    private static final List<List<String>> BY_PLATFORM = List.of(List.of(PLATFORM), List.of());

    /** Every metric of the namespace; the monitoring module's alarms may name only these. */
    static final List<Emitted> METRICS = List.of(
            new Emitted("Requests", "Count", List.of(List.of("route", "statusCode"))),
            new Emitted("Latency", "Milliseconds", List.of(List.of("route", "statusCode"))),
            new Emitted("ImportedRows", "Count", BY_PLATFORM),
            new Emitted("ImportFailedRows", "Count", BY_PLATFORM),
            new Emitted("CollectionsSucceeded", "Count", BY_PLATFORM),
            new Emitted("CollectionsFailed", "Count", BY_PLATFORM),
            new Emitted("CollectionsQueued", "Count", BY_PLATFORM),
            new Emitted("RateLimitWaits", "Count", BY_PLATFORM),
            new Emitted("RateLimitWaitTime", "Milliseconds", BY_PLATFORM),
            new Emitted("Collections", "Count", List.of(List.of(PLATFORM, OUTCOME))),
            new Emitted("Jobs", "Count", List.of(List.of(JOB_TYPE, OUTCOME))));

    /** One counter: which metric, under which dimension values. */
    private record Key(String metric, Map<String, String> dimensions) {}

    private final ConcurrentMap<Key, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void imported(PlatformCode platform, long saved, long failed) {
        add("ImportedRows", platform(platform), saved);
        add("ImportFailedRows", platform(platform), failed);
    }

    @Override
    public void collected(PlatformCode platform, String outcome, long accounts) {
        add("Collections", Map.of(PLATFORM, platform.value(), OUTCOME, outcome), accounts);
        if (!outcome.equals("skipped")) {
            add(
                    outcome.equals("collected") ? "CollectionsSucceeded" : "CollectionsFailed",
                    platform(platform),
                    accounts);
        }
    }

    @Override
    public void collectionQueued(PlatformCode platform, long accounts) {
        add("CollectionsQueued", platform(platform), accounts);
    }

    @Override
    public void rateLimitWaited(PlatformCode platform, Duration waited) {
        add("RateLimitWaits", platform(platform), 1);
        add("RateLimitWaitTime", platform(platform), waited.toMillis());
    }

    @Override
    public void jobFinished(JobType type, String outcome) {
        add("Jobs", Map.of(JOB_TYPE, type.value(), OUTCOME, outcome), 1);
    }

    /**
     * Writes what was counted since the last flush, one EMF document per set of dimension values, and starts again
     * from zero. Nothing counted, nothing written.
     */
    void flush(LambdaLog log, Instant now) {
        // Grouped by dimension values (sorted, so documents come in a steady order), each with its metrics.
        Map<Map<String, String>, Map<String, Long>> documents = new TreeMap<>(EmfMeter::compare);
        for (Key key : List.copyOf(counts.keySet())) {
            LongAdder adder = counts.remove(key);
            long value = adder == null ? 0 : adder.sum();
            documents
                    .computeIfAbsent(key.dimensions(), dimensions -> new TreeMap<>())
                    .merge(key.metric(), value, Long::sum);
        }
        documents.forEach((dimensions, metrics) ->
                log.info("roster.metrics", "metrics " + dimensions, document(dimensions, metrics, now)));
    }

    private static Map<String, Object> document(
            Map<String, String> dimensions, Map<String, Long> metrics, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>(new TreeMap<>(dimensions));
        fields.putAll(metrics);
        List<Map<String, String>> definitions = metrics.keySet().stream()
                .map(name -> Map.of("Name", name, "Unit", unit(name)))
                .toList();
        List<List<String>> sets = dimensions.keySet().equals(java.util.Set.of(PLATFORM))
                ? BY_PLATFORM
                : List.of(List.copyOf(new TreeMap<>(dimensions).keySet()));
        fields.put(
                "_aws",
                Map.of(
                        "Timestamp",
                        now.toEpochMilli(),
                        "CloudWatchMetrics",
                        List.of(Map.of(
                                "Namespace", LambdaRequestLog.NAMESPACE, "Dimensions", sets, "Metrics", definitions))));
        return fields;
    }

    private static String unit(String metric) {
        return METRICS.stream()
                .filter(emitted -> emitted.name().equals(metric))
                .findFirst()
                .orElseThrow()
                .unit();
    }

    private void add(String metric, Map<String, String> dimensions, long amount) {
        if (amount > 0) {
            counts.computeIfAbsent(new Key(metric, dimensions), key -> new LongAdder())
                    .add(amount);
        }
    }

    private static Map<String, String> platform(PlatformCode platform) {
        return Map.of(PLATFORM, platform.value());
    }

    private static int compare(Map<String, String> one, Map<String, String> other) {
        return new TreeMap<>(one).toString().compareTo(new TreeMap<>(other).toString());
    }
}
