package dev.roster.domain.influencer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The record that a signed consent form is on file for an influencer.
 *
 * @param documentKey where the signed PDF is kept in the file store
 * @param signedOn    the date on the signature
 */
public record ConsentForm(InfluencerId influencerId, String documentKey, LocalDate signedOn, Instant recordedAt) {

    public static final int MAX_DOCUMENT_KEY_LENGTH = 512;

    public ConsentForm {
        Objects.requireNonNull(influencerId, "influencerId");
        Objects.requireNonNull(documentKey, "documentKey");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Text.requireLength("documentKey", documentKey, MAX_DOCUMENT_KEY_LENGTH);
    }
}
