package dev.roster.adapters.http.routes.security;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/** A block of IP addresses such as {@code 203.0.113.0/24} or {@code 2001:db8::/32}; a bare address is a /32 or /128. */
public final class Cidr {

    private final byte[] network;
    /** The prefix as a mask of bytes, so that each request's check is a few ANDs, not arithmetic on big numbers. */
    private final byte[] netmask;

    private final String text;

    private Cidr(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.netmask = mask(allOnes(network.length), prefixLength);
        this.text = text;
    }

    private static byte[] allOnes(int length) {
        byte[] ones = new byte[length];
        Arrays.fill(ones, (byte) 0xff);
        return ones;
    }

    /** @throws IllegalArgumentException naming what is wrong with {@code text} */
    public static Cidr parse(String text) {
        Objects.requireNonNull(text, "cidr");
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        InetAddress parsed = IpLiteral.parse(address)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR block: " + text));
        byte[] bytes = parsed.getAddress();
        int maxPrefix = bytes.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? maxPrefix : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a CIDR prefix length: " + text);
        }
        if (prefix < 0 || prefix > maxPrefix) {
            throw new IllegalArgumentException(
                    "a CIDR prefix of " + (maxPrefix == 32 ? "IPv4" : "IPv6") + " is 0-" + maxPrefix + ": " + text);
        }
        return new Cidr(mask(bytes, prefix), prefix, trimmed);
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = comparable(address);
        if (candidate.length != network.length) {
            return false;
        }
        for (int i = 0; i < candidate.length; i++) {
            if ((byte) (candidate[i] & netmask[i]) != network[i]) {
                return false;
            }
        }
        return true;
    }

    /** IPv4 addresses mapped into IPv6 ({@code ::ffff:1.2.3.4}) are matched as the IPv4 addresses they are. */
    private static byte[] comparable(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && isMappedIpv4(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        BigInteger value = new BigInteger(1, bytes);
        int bits = bytes.length * 8;
        BigInteger mask = prefix == 0
                ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(prefix).subtract(BigInteger.ONE).shiftLeft(bits - prefix);
        byte[] masked = value.and(mask).toByteArray();
        byte[] sized = new byte[bytes.length];
        int copy = Math.min(masked.length, sized.length);
        System.arraycopy(masked, masked.length - copy, sized, sized.length - copy, copy);
        return sized;
    }

    @Override
    public String toString() {
        return text;
    }
}
