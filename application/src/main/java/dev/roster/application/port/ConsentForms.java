package dev.roster.application.port;

import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.InfluencerId;
import java.util.List;

/** The consent forms on file for each influencer. */
public interface ConsentForms {

    /**
     * Files a consent form; filing the same document again replaces the record.
     *
     * @throws dev.roster.application.error.NotFoundException when the influencer is gone
     */
    void record(ConsentForm form);

    /** The influencer's consent forms, most recently signed first. */
    List<ConsentForm> of(InfluencerId influencer);
}
