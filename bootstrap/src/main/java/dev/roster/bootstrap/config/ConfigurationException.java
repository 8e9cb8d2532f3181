package dev.roster.bootstrap.config;

/** A setting is missing or wrong; the message names it as a flag and as an environment variable. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String flag, String message) {
        super(flag + " (" + Settings.environmentName(flag) + "): " + message);
    }

    public ConfigurationException(String message) {
        super(message);
    }
}
