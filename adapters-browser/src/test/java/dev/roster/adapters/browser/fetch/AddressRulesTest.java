package dev.roster.adapters.browser.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.browser.fetch.AddressRules.Kind;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressRulesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // public
        "8.8.8.8, PUBLIC",
        "1.1.1.1, PUBLIC",
        "93.184.216.34, PUBLIC",
        "172.32.0.1, PUBLIC",
        "100.128.0.1, PUBLIC",
        "169.253.255.255, PUBLIC",
        "2606:4700:4700::1111, PUBLIC",
        "2a00:1450:4001::200e, PUBLIC",
        // not on the internet: only for platforms that allow private addresses
        "127.0.0.1, PRIVATE",
        "127.255.255.254, PRIVATE",
        "10.0.0.1, PRIVATE",
        "10.255.255.255, PRIVATE",
        "172.16.0.1, PRIVATE",
        "172.31.255.255, PRIVATE",
        "192.168.1.1, PRIVATE",
        "169.254.1.1, PRIVATE",
        "100.64.0.1, PRIVATE",
        "100.127.255.255, PRIVATE",
        "192.0.2.1, PRIVATE",
        "198.18.0.1, PRIVATE",
        "198.51.100.7, PRIVATE",
        "203.0.113.9, PRIVATE",
        "192.0.0.8, PRIVATE",
        "::1, PRIVATE",
        "fe80::1, PRIVATE",
        "fec0::1, PRIVATE",
        "fc00::1, PRIVATE",
        "fd12:3456::1, PRIVATE",
        "2001:db8::1, PRIVATE",
        // never
        "0.0.0.0, NEVER",
        "0.1.2.3, NEVER",
        "224.0.0.1, NEVER",
        "239.255.255.250, NEVER",
        "240.0.0.1, NEVER",
        "255.255.255.255, NEVER",
        "::, NEVER",
        "ff02::1, NEVER",
        "169.254.169.254, NEVER",
        "169.254.170.2, NEVER",
        "169.254.170.23, NEVER",
        "100.100.100.200, NEVER",
        "168.63.129.16, NEVER",
        "192.0.0.192, NEVER",
        "fd00:ec2::254, NEVER",
        "fd00:ec2::23, NEVER",
        "fd20:ce::254, NEVER",
        // IPv6 spellings that carry an IPv4 address are judged by it
        "::ffff:127.0.0.1, PRIVATE",
        "::ffff:7f00:1, PRIVATE",
        "::ffff:169.254.169.254, NEVER",
        "::ffff:8.8.8.8, PUBLIC",
        "::127.0.0.1, PRIVATE",
        "::169.254.169.254, NEVER",
        "::a9fe:a9fe, NEVER",
        "64:ff9b::127.0.0.1, PRIVATE",
        "64:ff9b::a9fe:a9fe, NEVER",
        "64:ff9b::808:808, PUBLIC",
        "2002:7f00:1::, PRIVATE",
        "2002:a9fe:a9fe::1, NEVER",
        "2002:808:808::, PUBLIC",
        "2001:0:4136:e378:8000:63bf:80ff:fffe, PRIVATE"
    })
    void sortsAddresses(String literal, Kind kind) throws UnknownHostException {
        assertThat(AddressRules.kind(InetAddress.getByName(literal))).isEqualTo(kind);
    }

    @Property
    void anIpv4AddressIsJudgedTheSameInEveryIpv6FormThatCarriesIt(@ForAll("ipv4") byte[] v4)
            throws UnknownHostException {
        Assume.that((v4[0] & 0xff) != 0);
        Kind kind = AddressRules.kind(InetAddress.getByAddress(v4));

        assertThat(AddressRules.kind(v6(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff}, v4)))
                .as("IPv4-mapped")
                .isEqualTo(kind);
        assertThat(AddressRules.kind(v6(new byte[12], v4)))
                .as("IPv4-compatible")
                .isEqualTo(kind);
        assertThat(AddressRules.kind(v6(new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}, v4)))
                .as("NAT64")
                .isEqualTo(kind);
    }

    @Property
    void noPlatformEverReachesAMetadataServiceMulticastOrUnspecifiedAddress(
            @ForAll("ipv4") byte[] v4, @ForAll boolean privateAllowed) throws UnknownHostException {
        InetAddress address = InetAddress.getByAddress(v4);
        Kind kind = AddressRules.kind(address);

        assertThat(AddressRules.permitted(address, privateAllowed))
                .isEqualTo(kind == Kind.PUBLIC || kind == Kind.PRIVATE && privateAllowed);
        if ((v4[0] & 0xff) >= 224 || v4[0] == 0) {
            assertThat(AddressRules.permitted(address, privateAllowed)).isFalse();
        }
    }

    @Property
    void everyLoopbackAndPrivateAddressNeedsThePlatformsLeave(@ForAll("privateIpv4") byte[] v4)
            throws UnknownHostException {
        InetAddress address = InetAddress.getByAddress(v4);

        assertThat(AddressRules.permitted(address, false)).isFalse();
        assertThat(AddressRules.permitted(address, true)).isTrue();
    }

    @Provide
    Arbitrary<byte[]> ipv4() {
        return Arbitraries.bytes().array(byte[].class).ofSize(4);
    }

    @Provide
    Arbitrary<byte[]> privateIpv4() {
        Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
        return Arbitraries.oneOf(
                octet.tuple3().map(t -> v4(127, t.get1(), t.get2(), t.get3())),
                octet.tuple3().map(t -> v4(10, t.get1(), t.get2(), t.get3())),
                octet.tuple2().map(t -> v4(192, 168, t.get1(), t.get2())),
                octet.tuple3().map(t -> v4(172, 16 + t.get1() % 16, t.get2(), t.get3())));
    }

    private static byte[] v4(int a, int b, int c, int d) {
        return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
    }

    private static InetAddress v6(byte[] prefix, byte[] v4) throws UnknownHostException {
        byte[] bytes = new byte[16];
        System.arraycopy(prefix, 0, bytes, 0, 12);
        System.arraycopy(v4, 0, bytes, 12, 4);
        // Inet6Address.getByAddress keeps the IPv6 form (InetAddress.getByAddress would turn ::ffff:a.b.c.d to IPv4).
        return Inet6Address.getByAddress(null, bytes, -1);
    }
}
