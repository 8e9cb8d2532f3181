package dev.roster.domain.influencer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The record that a signed consent form (a PDF) is on file for an influencer.
 *
 * @param documentKey   where the signed PDF is kept in the file store
 * @param fileName      the name the file was uploaded under, shown and used for downloads
 * @param size          the PDF's length in bytes
 * @param sha256        the PDF's SHA-256, in lower-case hex: proof of which bytes were filed
 * @param signedOn      the date on the signature
 * @param filedAt       when the form was filed
 * @param filedBy       who filed it (the caller's name or subject), or null when unknown (a library call)
 * @param note          free text, or null
 * @param activeContent whether the PDF carries JavaScript or embedded files, which staff should know about
 */
public record ConsentForm(
        ConsentFormId id,
        InfluencerId influencerId,
        String documentKey,
        String fileName,
        long size,
        String sha256,
        LocalDate signedOn,
        Instant filedAt,
        String filedBy,
        String note,
        boolean activeContent) {

    public static final int MAX_DOCUMENT_KEY_LENGTH = 512;
    public static final int MAX_FILE_NAME_LENGTH = 255;
    public static final int MAX_FILED_BY_LENGTH = 255;
    public static final int MAX_NOTE_LENGTH = 1000;

    /** The order a person's forms are listed in, which every store follows: latest signed first, then latest filed. */
    public static final Comparator<ConsentForm> NEWEST_FIRST = Comparator.comparing(ConsentForm::signedOn)
            .thenComparing(ConsentForm::filedAt)
            .thenComparing(form -> form.id().value())
            .reversed();

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public ConsentForm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(influencerId, "influencerId");
        Objects.requireNonNull(documentKey, "documentKey");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(filedAt, "filedAt");
        Text.requireLength("documentKey", documentKey, MAX_DOCUMENT_KEY_LENGTH);
        Text.requireLength("fileName", fileName, MAX_FILE_NAME_LENGTH);
        if (filedBy != null) {
            Text.requireLength("filedBy", filedBy, MAX_FILED_BY_LENGTH);
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        if (size <= 0) {
            throw new IllegalArgumentException("a consent form has at least one byte, not " + size);
        }
        if (!SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
    }
}
