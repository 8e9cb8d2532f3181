package dev.roster.domain.influencer;

import java.util.Objects;

/** One entry of an account's metric history: what its platform showed at one moment. */
public record MetricSnapshot(AccountId accountId, MetricReading reading) {

    public MetricSnapshot {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(reading, "reading");
    }
}
