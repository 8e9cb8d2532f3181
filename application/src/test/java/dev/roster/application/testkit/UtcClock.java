package dev.roster.application.testkit;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock that tells the time in UTC only, as Roster keeps it; what it tells is the subclass's business. */
abstract class UtcClock extends Clock {

    @Override
    public final ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public final Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("always UTC");
    }
}
