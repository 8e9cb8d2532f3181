package dev.roster.application.influencer;

import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.ConsentForms;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.Influencers;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.InfluencerId;
import java.util.List;

/**
 * Removes a person with all their accounts, metric history and consent records, then their consent forms' files: the
 * records go first, so that none points at a missing file, and no object outlives its person.
 */
public final class DeleteInfluencer {

    private final Influencers influencers;
    private final ConsentForms consentForms;
    private final FileStore files;

    /** @param files where consent PDFs are kept, or null for a roster without one (it files no consent forms) */
    public DeleteInfluencer(Influencers influencers, ConsentForms consentForms, FileStore files) {
        this.influencers = influencers;
        this.consentForms = consentForms;
        this.files = files;
    }

    /** @throws NotFoundException when the influencer does not exist */
    public void delete(String influencerId) {
        InfluencerId id = InfluencerLookup.influencerId(influencerId);
        List<ConsentForm> forms = files == null ? List.of() : consentForms.of(id);
        if (!influencers.delete(id)) {
            throw new NotFoundException("influencer", id.value());
        }
        for (ConsentForm form : forms) {
            files.delete(FileKey.of(form.documentKey()));
        }
    }
}
