package dev.roster.adapters.http.routes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void matchesIpv4Blocks() {
        Cidr office = Cidr.parse("203.0.113.0/24");

        assertThat(office.contains(ip("203.0.113.7"))).isTrue();
        assertThat(office.contains(ip("203.0.114.7"))).isFalse();
        assertThat(office.contains(ip("::ffff:203.0.113.9")))
                .as("IPv4 mapped into IPv6")
                .isTrue();
        assertThat(office.contains(ip("2001:db8::1"))).isFalse();
        assertThat(Cidr.parse("10.1.2.3").contains(ip("10.1.2.3"))).isTrue();
        assertThat(Cidr.parse("10.1.2.3").contains(ip("10.1.2.4"))).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(ip("8.8.8.8"))).isTrue();
    }

    @Test
    void matchesIpv6Blocks() {
        Cidr block = Cidr.parse("2001:db8:abcd::/48");

        assertThat(block.contains(ip("2001:db8:abcd:12::1"))).isTrue();
        assertThat(block.contains(ip("2001:db8:abce::1"))).isFalse();
        assertThat(Cidr.parse("::1/128").contains(ip("::1"))).isTrue();
        assertThat(Cidr.parse("[::1]").contains(ip("0:0:0:0:0:0:0:1"))).isTrue();
        assertThat(block.contains(ip("203.0.113.7"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "example.com",
                "localhost",
                "10.0.0.0/33",
                "::/129",
                "10.0.0.0/-1",
                "10.0.0/8",
                "10.0.0.256",
                "1.2.3.4/x",
                "01.2.3.4"
            })
    void refusesWhatIsNotABlock(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse(text));
    }

    @Test
    void neverResolvesNames() {
        assertThat(IpLiteral.parse("localhost")).isEmpty();
        assertThat(IpLiteral.parse("example.com")).isEmpty();
        assertThat(IpLiteral.parse("1")).isEmpty();
    }

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
