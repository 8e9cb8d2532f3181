package dev.roster.application.port;

import java.time.Duration;

/** The storage ports one store provides together; a storage adapter hands out all of them. */
public interface RosterStorage {

    Influencers influencers();

    AccountSearch accountSearch();

    MetricHistory metricHistory();

    ConsentForms consentForms();

    Jobs jobs();

    /**
     * The finest time the store keeps: instants are taken at this grain, so that what a use case returns equals what
     * a later read returns. Nanoseconds unless the store says otherwise.
     */
    default Duration timePrecision() {
        return Duration.ofNanos(1);
    }
}
