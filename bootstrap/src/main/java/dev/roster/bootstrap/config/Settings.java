package dev.roster.bootstrap.config;

import java.util.Locale;

/** Every setting has one name: {@code --auth-secret} as a flag is {@code ROSTER_AUTH_SECRET} in the environment. */
public final class Settings {

    private Settings() {}

    /** The environment variable of a flag: {@code --jdbc-url} gives {@code ROSTER_JDBC_URL}. */
    public static String environmentName(String flag) {
        return "ROSTER_" + flag.replaceFirst("^--", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
