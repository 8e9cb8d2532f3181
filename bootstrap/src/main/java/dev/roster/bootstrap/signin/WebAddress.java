package dev.roster.bootstrap.signin;

import dev.roster.bootstrap.config.ConfigurationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** An http(s) address given as a setting, checked once with a message naming the setting. */
public final class WebAddress {

    private WebAddress() {}

    /**
     * @param httpsUnlessLoopback refuse plain http to any host but this machine (where tokens travel)
     * @throws ConfigurationException naming {@code flag}
     */
    public static URI parse(String flag, String text, boolean httpsUnlessLoopback) {
        if (text == null || text.isBlank()) {
            throw new ConfigurationException(flag, "is required, e.g. https://roster.example.com");
        }
        URI url = null;
        try {
            url = URI.create(text.strip());
        } catch (IllegalArgumentException malformed) {
            // Told below.
        }
        if (url == null
                || url.getHost() == null
                || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))
                || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            throw new ConfigurationException(
                    flag, "must be an http(s) address such as https://roster.example.com, not '" + text + "'");
        }
        if (httpsUnlessLoopback && "http".equals(url.getScheme()) && !isLoopback(url.getHost())) {
            throw new ConfigurationException(flag, "must use https (tokens travel there), not '" + text + "'");
        }
        return url;
    }

    static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
