package dev.roster.application.port;

import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.InfluencerId;
import java.util.List;

/**
 * The consent forms on file for each influencer. A store keeps, with each change of a person's forms and in the same
 * transaction, what search reads to tell who has consent, so that question never touches the files.
 */
public interface ConsentForms {

    /**
     * Files a consent form; filing one with the same id again replaces the record.
     *
     * @throws dev.roster.application.error.NotFoundException when the influencer is gone
     */
    void record(ConsentForm form);

    /** The influencer's consent forms in {@link ConsentForm#NEWEST_FIRST} order. */
    List<ConsentForm> of(InfluencerId influencer);

    /** Removes the record of one form; false when the influencer has no such form. */
    boolean withdraw(InfluencerId influencer, ConsentFormId form);
}
