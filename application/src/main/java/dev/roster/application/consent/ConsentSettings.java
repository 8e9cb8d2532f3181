package dev.roster.application.consent;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of consent forms.
 *
 * @param maxBytes             the largest PDF filed ({@code ROSTER_CONSENT_MAX_BYTES}); larger ones are refused
 * @param downloadLinkValidity how long a download link works: at most five minutes, as the paperwork is personal
 * @param uploadLinkValidity   how long a link to upload a large PDF to works
 */
public record ConsentSettings(long maxBytes, Duration downloadLinkValidity, Duration uploadLinkValidity) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final Duration MAX_DOWNLOAD_LINK_VALIDITY = Duration.ofMinutes(5);

    public ConsentSettings {
        Objects.requireNonNull(downloadLinkValidity, "downloadLinkValidity");
        Objects.requireNonNull(uploadLinkValidity, "uploadLinkValidity");
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the consent form size limit must be 1 to 2 GB bytes, not " + maxBytes);
        }
        if (downloadLinkValidity.isNegative()
                || downloadLinkValidity.isZero()
                || downloadLinkValidity.compareTo(MAX_DOWNLOAD_LINK_VALIDITY) > 0) {
            throw new IllegalArgumentException("consent download links must expire within "
                    + MAX_DOWNLOAD_LINK_VALIDITY.toMinutes() + " minutes, not " + downloadLinkValidity);
        }
        if (uploadLinkValidity.isNegative() || uploadLinkValidity.isZero()) {
            throw new IllegalArgumentException("upload links must be valid for some time, not " + uploadLinkValidity);
        }
    }

    /** 10 MB, five-minute download links, fifteen-minute upload links. */
    public static ConsentSettings defaults() {
        return new ConsentSettings(DEFAULT_MAX_BYTES, MAX_DOWNLOAD_LINK_VALIDITY, Duration.ofMinutes(15));
    }

    /** The defaults with another size limit. */
    public ConsentSettings withMaxBytes(long bytes) {
        return new ConsentSettings(bytes, downloadLinkValidity, uploadLinkValidity);
    }
}
