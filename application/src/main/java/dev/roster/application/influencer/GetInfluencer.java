package dev.roster.application.influencer;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.query.InfluencerView;
import dev.roster.domain.influencer.InfluencerId;

/** Shows a person with every account they hold, on every platform. */
public final class GetInfluencer {

    private final AccountSearch search;

    public GetInfluencer(AccountSearch search) {
        this.search = search;
    }

    /** @throws NotFoundException when the influencer does not exist */
    public InfluencerView get(String influencerId) {
        InfluencerId id = InfluencerLookup.influencerId(influencerId);
        return search.influencer(id).orElseThrow(() -> new NotFoundException("influencer", id.value()));
    }
}
