package dev.roster.adapters.http.routes.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads IP address literals, never names: a header or setting must not make the server look anything up in DNS.
 */
public final class IpLiteral {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpLiteral() {}

    /** The address {@code text} spells (IPv4 dotted quad, or IPv6 with or without brackets), if it is one. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        boolean v4 = IPV4.matcher(literal).matches();
        boolean v6 = literal.contains(":") && IPV6.matcher(literal).matches();
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            // A literal that passed the patterns above is parsed, not resolved.
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }
}
