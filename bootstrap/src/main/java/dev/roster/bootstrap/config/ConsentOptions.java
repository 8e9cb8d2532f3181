package dev.roster.bootstrap.config;

import dev.roster.application.consent.ConsentSettings;
import picocli.CommandLine.Option;

/** The bounds of consent forms: the largest PDF filed. */
public final class ConsentOptions {

    @Option(
            names = "--consent-max-bytes",
            defaultValue = "${env:ROSTER_CONSENT_MAX_BYTES:-10485760}",
            description = "Larger consent PDFs are refused with 413 (ROSTER_CONSENT_MAX_BYTES). Default: "
                    + "${DEFAULT-VALUE} (10 MiB).")
    public long maxBytes;

    /** @throws ConfigurationException naming the bad setting */
    public ConsentSettings settings() {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new ConfigurationException("--consent-max-bytes", "must be 1 to 2147483639, not " + maxBytes);
        }
        return ConsentSettings.defaults().withMaxBytes(maxBytes);
    }
}
