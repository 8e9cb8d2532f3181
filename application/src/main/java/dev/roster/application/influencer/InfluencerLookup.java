package dev.roster.application.influencer;

import dev.roster.application.error.NotFoundException;
import dev.roster.domain.influencer.InfluencerId;

/** Reads the influencer id a request names; an id that cannot exist is simply not found. */
final class InfluencerLookup {

    private InfluencerLookup() {}

    static InfluencerId influencerId(String id) {
        return InfluencerId.parse(id).orElseThrow(() -> new NotFoundException("influencer", String.valueOf(id)));
    }
}
