package dev.roster.application.consent;

import dev.roster.application.port.ConsentForms;
import dev.roster.domain.influencer.ConsentForm;
import java.util.List;

/** Lists a person's consent forms on file, latest signed first. */
public final class ListConsentForms {

    private final ConsentLookup lookup;
    private final ConsentForms forms;

    ListConsentForms(ConsentLookup lookup, ConsentForms forms) {
        this.lookup = lookup;
        this.forms = forms;
    }

    /** @throws dev.roster.application.error.NotFoundException when the person does not exist */
    public List<ConsentForm> list(String influencerId) {
        return forms.of(lookup.person(influencerId));
    }
}
