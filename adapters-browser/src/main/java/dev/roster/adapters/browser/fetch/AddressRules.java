package dev.roster.adapters.browser.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Which addresses collection may connect to. Public addresses may be; loopback, private, link-local and other
 * addresses that are not on the internet only for a platform that allows private addresses (an intranet platform, a
 * test); cloud metadata services, unspecified, multicast and reserved addresses never. IPv6 forms that carry an IPv4
 * address (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) are judged by the IPv4 address they carry.
 */
public final class AddressRules {

    /** What an address is, as far as fetching goes. */
    public enum Kind {
        /** On the internet: may be fetched. */
        PUBLIC,
        /** Loopback, private, link-local, shared, documentation...: only for platforms that allow private addresses. */
        PRIVATE,
        /** Cloud metadata, unspecified, multicast, broadcast or reserved: never. */
        NEVER
    }

    /** Instance metadata and credential services of the clouds Roster may run on, reachable from inside them. */
    private static final List<byte[]> METADATA = List.of(
            v4(169, 254, 169, 254), // AWS, GCP, Azure, OpenStack instance metadata
            v4(169, 254, 170, 2), // AWS ECS task credentials
            v4(169, 254, 170, 23), // AWS EKS pod identity
            v4(100, 100, 100, 200), // Alibaba Cloud
            v4(168, 63, 129, 16), // Azure wire server (a public address)
            v4(192, 0, 0, 192), // Oracle Cloud
            v6("fd00:ec2::254"), // AWS instance metadata over IPv6
            v6("fd00:ec2::23"), // AWS EKS pod identity over IPv6
            v6("fd20:ce::254")); // GCP metadata over IPv6

    private AddressRules() {}

    /** Whether collection may connect to {@code address}. */
    public static boolean permitted(InetAddress address, boolean privateAddressesAllowed) {
        Kind kind = kind(address);
        return kind == Kind.PUBLIC || kind == Kind.PRIVATE && privateAddressesAllowed;
    }

    public static Kind kind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (METADATA.stream().anyMatch(metadata -> Arrays.equals(metadata, bytes))) {
            return Kind.NEVER;
        }
        if (address instanceof Inet4Address) {
            return ipv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return ipv6(bytes);
        }
        return Kind.NEVER;
    }

    private static Kind ipv4(byte[] b) {
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (a == 0 || a >= 224) {
            return Kind.NEVER; // "this network", multicast, reserved, broadcast
        }
        if (a == 10
                || a == 127 // private, loopback
                || a == 100 && (second & 0xc0) == 64 // shared address space (carrier-grade NAT)
                || a == 169 && second == 254 // link-local
                || a == 172 && (second & 0xf0) == 16 // private
                || a == 192 && second == 168 // private
                || a == 192 && second == 0 && (b[2] == 0 || b[2] == 2) // IETF protocol assignments, TEST-NET-1
                || a == 192 && second == 88 && (b[2] & 0xff) == 99 // 6to4 relay anycast
                || a == 198 && (second & 0xfe) == 18 // benchmarking
                || a == 198 && second == 51 && (b[2] & 0xff) == 100 // TEST-NET-2
                || a == 203 && second == 0 && (b[2] & 0xff) == 113) { // TEST-NET-3
            return Kind.PRIVATE;
        }
        return Kind.PUBLIC;
    }

    private static Kind ipv6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return embedded(b, 12, false); // IPv4-mapped ::ffff:a.b.c.d
        }
        if (allZero(b, 0, 12)) {
            if (allZero(b, 12, 15)) {
                return b[15] == 1 ? Kind.PRIVATE : Kind.NEVER; // ::1 loopback, :: unspecified
            }
            return embedded(b, 12, false); // IPv4-compatible ::a.b.c.d
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return embedded(b, 12, false); // NAT64 64:ff9b::a.b.c.d
        }
        if (first == 0x20 && second == 0x02) {
            return embedded(b, 2, false); // 6to4 2002:aabb:ccdd::
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
            return embedded(b, 12, true); // Teredo: the client's address, inverted
        }
        if (first == 0xff) {
            return Kind.NEVER; // multicast
        }
        if ((first & 0xfe) == 0xfc // unique local
                || first == 0xfe && (second & 0x80) == 0x80 // link-local fe80::/10, site-local fec0::/10
                || first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8 // documentation
                || first == 0x01 && second == 0x00 && allZero(b, 2, 8)) { // discard-only
            return Kind.PRIVATE;
        }
        return Kind.PUBLIC;
    }

    private static Kind embedded(byte[] b, int from, boolean inverted) {
        byte[] v4 = Arrays.copyOfRange(b, from, from + 4);
        if (inverted) {
            for (int i = 0; i < v4.length; i++) {
                v4[i] = (byte) ~v4[i];
            }
        }
        try {
            return kind(InetAddress.getByAddress(v4));
        } catch (UnknownHostException impossible) {
            return Kind.NEVER;
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] v4(int a, int b, int c, int d) {
        return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
    }

    private static byte[] v6(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException notALiteral) {
            throw new IllegalArgumentException(literal, notALiteral);
        }
    }
}
