package dev.roster.adapters.http.routes.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads IP address literals, never names: a header or setting must not make the server look anything up in DNS. Every
 * request's peer and host are read here, so the text is checked a character at a time, not by a regular expression.
 */
public final class IpLiteral {

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
        byte[] v4 = dottedQuad(literal);
        try {
            if (v4 != null) {
                return Optional.of(InetAddress.getByAddress(v4));
            }
            // Only hex digits, colons and dots: InetAddress parses such text as a literal and never resolves it.
            return isIpv6Shaped(literal) ? Optional.of(InetAddress.getByName(literal)) : Optional.empty();
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The four bytes of {@code a.b.c.d}, each 0 to 255 written without a leading zero; {@code null} for any other
     * text.
     */
    private static byte[] dottedQuad(String text) {
        byte[] address = new byte[4];
        int octet = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                if (digits == 1 && value == 0) {
                    return null;
                }
                value = value * 10 + (c - '0');
                digits++;
                if (value > 255) {
                    return null;
                }
            } else if (c == '.' && digits > 0 && octet < 4) {
                address[octet++] = (byte) value;
                value = 0;
                digits = 0;
            } else {
                return null;
            }
        }
        return octet == 4 ? address : null;
    }

    private static boolean isIpv6Shaped(String text) {
        if (text.isEmpty() || text.indexOf(':') < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex && c != ':' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
