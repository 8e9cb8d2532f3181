package dev.roster.bootstrap.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where and as whom to log in to PostgreSQL, from {@code --jdbc-url} and {@code --jdbc-user}/{@code --jdbc-password}.
 * Credentials may be in the URL ({@code ?user=u&password=p}, as the PostgreSQL driver allows) or given apart; when
 * both are given, the separate setting wins, as the more specific one, and {@link #notice()} says so. The URL kept
 * here has its credentials taken out, so it can be shown in banners and error messages without the password.
 *
 * @param url      the JDBC URL without {@code user} and {@code password}
 * @param user     the role to log in as
 * @param password its password, or {@code null} when the server trusts the connection
 * @param notice   what was overridden, to print at start, if anything
 */
public record JdbcLogin(String url, String user, String password, Optional<String> notice) {

    private static final String PREFIX = "jdbc:postgresql:";

    /** @throws ConfigurationException naming the setting that is missing or malformed */
    public static JdbcLogin of(String jdbcUrl, String jdbcUser, String jdbcPassword) {
        String url = checkedUrl(jdbcUrl);
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        List<String> kept = new ArrayList<>();
        String urlUser = null;
        String urlPassword = null;
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                if (parameter.isEmpty()) {
                    continue;
                }
                int equals = parameter.indexOf('=');
                String name = equals < 0 ? parameter : parameter.substring(0, equals);
                String value = equals < 0 ? "" : decoded(parameter.substring(equals + 1));
                switch (name) {
                    case "user" -> urlUser = value;
                    case "password" -> urlPassword = value;
                    default -> kept.add(parameter);
                }
            }
        }
        if (jdbcUser != null && jdbcUser.isBlank()) {
            throw new ConfigurationException("--jdbc-user", "is empty: give a PostgreSQL role, or leave it unset");
        }
        if (urlUser != null && urlUser.isBlank()) {
            throw new ConfigurationException("--jdbc-url", "has an empty user= parameter");
        }
        List<String> overridden = new ArrayList<>();
        if (jdbcUser != null && urlUser != null && !jdbcUser.equals(urlUser)) {
            overridden.add("--jdbc-user (" + Settings.environmentName("--jdbc-user") + ") wins over the user in "
                    + "--jdbc-url");
        }
        if (jdbcPassword != null && urlPassword != null && !jdbcPassword.equals(urlPassword)) {
            overridden.add("--jdbc-password (" + Settings.environmentName("--jdbc-password") + ") wins over the "
                    + "password in --jdbc-url");
        }
        String user = jdbcUser != null ? jdbcUser.strip() : urlUser;
        if (user == null && jdbcPassword != null) {
            throw new ConfigurationException(
                    "--jdbc-password",
                    "is given without a user: set --jdbc-user " + "(ROSTER_JDBC_USER) or user= in --jdbc-url");
        }
        if (user == null) {
            throw new ConfigurationException(
                    "--jdbc-user",
                    "is required with --store postgres: give it, or put " + "user= (and password=) in --jdbc-url");
        }
        String password = jdbcPassword != null ? jdbcPassword : urlPassword;
        String withoutCredentials = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
        return new JdbcLogin(
                withoutCredentials,
                user,
                password,
                overridden.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", overridden)));
    }

    /** A URL given without a store that uses it is still checked, so a typo is told rather than ignored. */
    static String checkedUrl(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new ConfigurationException(
                    "--jdbc-url", "is required with --store postgres, e.g. " + "jdbc:postgresql://db:5432/roster");
        }
        String url = jdbcUrl.strip();
        if (!url.startsWith(PREFIX + "//") || url.length() == (PREFIX + "//").length()) {
            throw new ConfigurationException(
                    "--jdbc-url",
                    "must look like jdbc:postgresql://host:5432/database, not '" + withoutPassword(url) + "'");
        }
        return url;
    }

    private static String decoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new ConfigurationException("--jdbc-url", "has a parameter that is not URL-encoded properly");
        }
    }

    /** The URL as it may be printed: a password in it is masked. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return "JdbcLogin[" + url + " as " + user + "]";
    }
}
