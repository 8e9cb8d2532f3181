package dev.roster.application.influencer;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.Influencers;
import dev.roster.domain.influencer.InfluencerId;

/** Removes a person with all their accounts, metric history and consent records. */
public final class DeleteInfluencer {

    private final Influencers influencers;

    public DeleteInfluencer(Influencers influencers) {
        this.influencers = influencers;
    }

    /** @throws NotFoundException when the influencer does not exist */
    public void delete(String influencerId) {
        InfluencerId id = InfluencerLookup.influencerId(influencerId);
        if (!influencers.delete(id)) {
            throw new NotFoundException("influencer", id.value());
        }
    }
}
