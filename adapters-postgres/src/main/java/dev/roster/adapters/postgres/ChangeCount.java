package dev.roster.adapters.postgres;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A count of the changes this process has heard of to what an account's page shows: its own transactions and the
 * notifications of everyone's. A page read while the count stood still is still what the store holds for as long as
 * the count stands still; any change at all moves it, so no page can be told apart from another and none is missed.
 */
final class ChangeCount {

    private final AtomicLong heard = new AtomicLong();

    long current() {
        return heard.get();
    }

    void moved() {
        heard.incrementAndGet();
    }
}
