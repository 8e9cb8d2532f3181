package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.PersonAggregate;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.adapters.dynamodb.search.Change;
import dev.roster.adapters.dynamodb.search.ProjectionSource;
import dev.roster.domain.influencer.InfluencerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** The tables as a {@link ProjectionSource}: a parallel Scan of {@code people} to start, the change log after. */
final class ProjectionFeed implements ProjectionSource {

    /** Segments of the Scan that loads the projection, each read on a worker of its own. */
    static final int SEGMENTS = 4;

    private final Dynamo dynamo;
    private final People people;
    private final ChangeLog changes;
    private final ExecutorService readers;

    ProjectionFeed(Dynamo dynamo, People people, ChangeLog changes, ExecutorService readers) {
        this.dynamo = dynamo;
        this.people = people;
        this.changes = changes;
        this.readers = readers;
    }

    @Override
    public void everyone(Consumer<PersonAggregate> sink) {
        List<CompletableFuture<Map<String, List<Map<String, AttributeValue>>>>> segments = IntStream.range(0, SEGMENTS)
                .mapToObj(segment -> CompletableFuture.supplyAsync(() -> scan(segment), readers))
                .toList();
        Map<String, List<Map<String, AttributeValue>>> partitions = new HashMap<>();
        for (CompletableFuture<Map<String, List<Map<String, AttributeValue>>>> segment : segments) {
            // A partition's items may come from two segments' pages: merge before building the person.
            joined(segment)
                    .forEach((id, items) -> partitions
                            .computeIfAbsent(id, key -> new ArrayList<>())
                            .addAll(items));
        }
        partitions.values().forEach(items -> PersonAggregate.of(items).ifPresent(sink));
    }

    @Override
    public Map<InfluencerId, Optional<PersonAggregate>> people(Collection<InfluencerId> ids) {
        Map<InfluencerId, CompletableFuture<Optional<PersonAggregate>>> reads = new LinkedHashMap<>();
        for (InfluencerId id : ids) {
            reads.put(id, CompletableFuture.supplyAsync(() -> people.aggregate(id), readers));
        }
        Map<InfluencerId, Optional<PersonAggregate>> found = new LinkedHashMap<>();
        reads.forEach((id, read) -> found.put(id, joined(read)));
        return found;
    }

    @Override
    public List<Change> changesSince(long fromNanos) {
        return changes.since(fromNanos);
    }

    @Override
    public long nowNanos() {
        return Values.nanos(changes.now());
    }

    /** The read's result, or its own failure (an unavailable store stays one), not a wrapper around it. */
    private static <T> T joined(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }

    private Map<String, List<Map<String, AttributeValue>>> scan(int segment) {
        Map<String, List<Map<String, AttributeValue>>> partitions = new HashMap<>();
        ScanRequest request = ScanRequest.builder()
                .tableName(dynamo.tables().people())
                .segment(segment)
                .totalSegments(SEGMENTS)
                .build();
        dynamo.call(() -> {
            dynamo.client()
                    .scanPaginator(request)
                    .items()
                    .forEach(item -> partitions
                            .computeIfAbsent(Values.string(item, PersonItems.PARTITION), id -> new ArrayList<>())
                            .add(item));
            return null;
        });
        return partitions;
    }
}
