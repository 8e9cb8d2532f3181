package dev.roster.application.report;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.MetricReading;

/**
 * What a report shows of a profile: its metrics, or why there are none, and the roster's account when it has one.
 *
 * @param reading the metrics, or {@code null}
 * @param note    what staff should know (reused from the roster, private, could not be read), or {@code null}
 * @param account the roster's account at that profile, or {@code null}
 */
record Profile(MetricReading reading, String note, AccountId account) {

    static final Profile NONE = new Profile(null, null, null);

    static Profile note(String note) {
        return new Profile(null, note, null);
    }
}
