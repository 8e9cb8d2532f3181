package dev.roster.bootstrap.logging;

import dev.roster.bootstrap.config.ConfigurationException;
import java.util.Locale;

/** How the server writes its lines: one JSON object each (for machines), or plain text (for people at a terminal). */
public enum LogFormat {
    JSON,
    TEXT;

    /**
     * The format asked for, or with none asked for: text when a person watches a terminal, JSON otherwise.
     *
     * @throws ConfigurationException naming {@code --log-format} when it is neither
     */
    public static LogFormat of(String asked, boolean terminal) {
        if (asked == null || asked.isBlank()) {
            return terminal ? TEXT : JSON;
        }
        try {
            return valueOf(asked.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ConfigurationException("--log-format", "must be json or text, not '" + asked + "'");
        }
    }
}
