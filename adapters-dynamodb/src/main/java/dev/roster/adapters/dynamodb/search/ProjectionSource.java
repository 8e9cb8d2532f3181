package dev.roster.adapters.dynamodb.search;

import dev.roster.adapters.dynamodb.item.PersonAggregate;
import dev.roster.domain.influencer.InfluencerId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Where a {@link SearchProjection} reads the roster from. */
public interface ProjectionSource {

    /** Every person, once (a parallel Scan: only when a projection starts cold). */
    void everyone(Consumer<PersonAggregate> sink);

    /**
     * Each of {@code ids} as now stored (empty when gone), read in parallel: a catch-up after many writes waits for
     * the slowest read, not for their sum.
     */
    Map<InfluencerId, Optional<PersonAggregate>> people(Collection<InfluencerId> ids);

    /** The change-log entries stamped after {@code fromNanos}, oldest first. */
    List<Change> changesSince(long fromNanos);

    /** The time, in epoch nanoseconds, by the same clock writers stamp changes with. */
    long nowNanos();
}
