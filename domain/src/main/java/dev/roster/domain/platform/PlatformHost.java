package dev.roster.domain.platform;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of a platform's {@code hosts}: a host name, which also covers its subdomains ({@code blog.example} takes
 * {@code m.blog.example}), or an IP address, which covers only itself; either with an optional port, and then only
 * that port matches ({@code 127.0.0.1:8088}). IPv6 addresses are written in brackets when a port follows
 * ({@code [::1]:8088}).
 *
 * @param host lower case, IPv6 addresses without brackets
 * @param port the one port that matches, or {@code null} for any
 */
public record PlatformHost(String host, Integer port) {

    private static final Pattern NAME =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}" + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");
    private static final int MAX_NAME_LENGTH = 253;

    public PlatformHost {
        Objects.requireNonNull(host, "host");
        if (!isAddress(host)
                && (host.length() > MAX_NAME_LENGTH || !NAME.matcher(host).matches())) {
            throw new IllegalArgumentException("not a host name or IP address: '" + host + "'");
        }
        if (port != null && (port < 1 || port > 65_535)) {
            throw new IllegalArgumentException("port must be 1-65535: " + port);
        }
    }

    /**
     * Reads an entry as the platform definitions spell it: {@code blog.example}, {@code blog.example:8443},
     * {@code 127.0.0.1:8088}, {@code ::1}, {@code [::1]:8088}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static PlatformHost parse(String entry) {
        Objects.requireNonNull(entry, "host entry");
        String text = entry.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            String address = close < 0 ? "" : text.substring(1, close);
            String rest = close < 0 ? "" : text.substring(close + 1);
            if (!IPV6.matcher(address).matches() || !rest.isEmpty() && !rest.startsWith(":")) {
                throw new IllegalArgumentException("'" + entry + "' is not [IPv6 address] or [IPv6 address]:port");
            }
            return new PlatformHost(address, rest.isEmpty() ? null : port(entry, rest.substring(1)));
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new PlatformHost(text, null);
        }
        if (text.indexOf(':', colon + 1) >= 0) {
            return new PlatformHost(text, null);
        }
        return new PlatformHost(text.substring(0, colon), port(entry, text.substring(colon + 1)));
    }

    /**
     * Whether a URL on {@code urlHost} and {@code urlPort} is covered by this entry.
     *
     * @param urlHost as {@link java.net.URI#getHost()} gives it (IPv6 in brackets); a trailing dot is ignored
     * @param urlPort the port the URL reaches, its scheme's default when it names none
     */
    public boolean matches(String urlHost, int urlPort) {
        if (urlHost == null || port != null && port != urlPort) {
            return false;
        }
        String candidate = normalise(urlHost);
        if (isAddress(host)) {
            return candidate.equals(host);
        }
        return candidate.equals(host) || candidate.endsWith("." + host);
    }

    /** Whether the entry is an IP address, which matches only itself. */
    public boolean isAddress() {
        return isAddress(host);
    }

    private static boolean isAddress(String host) {
        return IPV4.matcher(host).matches() || IPV6.matcher(host).matches();
    }

    private static String normalise(String urlHost) {
        String lower = urlHost.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[") && lower.endsWith("]")) {
            return lower.substring(1, lower.length() - 1);
        }
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static int port(String entry, String text) {
        if (!text.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("'" + entry + "' has no port after its ':'");
        }
        return Integer.parseInt(text);
    }

    /** The entry as the platform definitions spell it. */
    @Override
    public String toString() {
        String shown = host.indexOf(':') >= 0 && port != null ? "[" + host + "]" : host;
        return port == null ? shown : shown + ":" + port;
    }
}
