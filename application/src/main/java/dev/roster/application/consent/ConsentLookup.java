package dev.roster.application.consent;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.ConsentForms;
import dev.roster.application.port.Influencers;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.InfluencerId;

/** Finds the person and the form a request names; an id that cannot exist is simply not found. */
final class ConsentLookup {

    private final Influencers influencers;
    private final ConsentForms forms;

    ConsentLookup(Influencers influencers, ConsentForms forms) {
        this.influencers = influencers;
        this.forms = forms;
    }

    /** @throws NotFoundException when no such person exists */
    InfluencerId person(String influencerId) {
        InfluencerId id = InfluencerId.parse(influencerId)
                .orElseThrow(() -> new NotFoundException("influencer", String.valueOf(influencerId)));
        if (influencers.find(id).isEmpty()) {
            throw new NotFoundException("influencer", id.value());
        }
        return id;
    }

    /** @throws NotFoundException when no such person exists or they have no such form */
    ConsentForm form(String influencerId, String formId) {
        InfluencerId person = person(influencerId);
        ConsentFormId id = ConsentFormId.parse(formId)
                .orElseThrow(() -> new NotFoundException("consent form", String.valueOf(formId)));
        return forms.of(person).stream()
                .filter(form -> form.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("consent form", id.value()));
    }
}
