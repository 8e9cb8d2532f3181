package dev.roster.adapters.dynamodb.search;

import dev.roster.adapters.dynamodb.item.PersonAggregate;
import dev.roster.domain.influencer.InfluencerId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where a {@link SearchProjection} reads the roster from. */
public interface ProjectionSource {

    /** Every person, once (a parallel Scan: only when a projection starts cold). */
    void everyone(Consumer<PersonAggregate> sink);

    /** One person as now stored, or empty when they are gone. */
    Optional<PersonAggregate> person(InfluencerId id);

    /** The change-log entries stamped after {@code fromNanos}, oldest first. */
    List<Change> changesSince(long fromNanos);

    /** The time, in epoch nanoseconds, by the same clock writers stamp changes with. */
    long nowNanos();
}
