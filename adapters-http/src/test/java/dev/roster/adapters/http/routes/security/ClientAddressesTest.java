package dev.roster.adapters.http.routes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(IpAllowlist.parse("10.0.0.0/8,::1"));

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertThat(behindProxies.clientOf("198.51.100.7", List.of("203.0.113.1")))
                .map(address -> address.getHostAddress())
                .contains("198.51.100.7");
    }

    @Test
    void takesTheRightMostAddressThatIsNotATrustedProxy() {
        assertThat(behindProxies.clientOf("10.0.0.5", List.of("1.1.1.1, 203.0.113.9", "10.0.0.4")))
                .map(address -> address.getHostAddress())
                .contains("203.0.113.9");
    }

    @Test
    void aClientCannotSpoofItsWayPastTheProxyByPrependingAddresses() {
        assertThat(behindProxies.clientOf("10.0.0.5", List.of("127.0.0.1, 198.51.100.66")))
                .map(address -> address.getHostAddress())
                .contains("198.51.100.66");
    }

    @Test
    void refusesAForwardedEntryThatIsNotAnAddress() {
        assertThat(behindProxies.clientOf("10.0.0.5", List.of("evil.example"))).isEmpty();
        assertThat(behindProxies.clientOf("not-an-ip", List.of())).isEmpty();
    }

    @Test
    void aChainOfOnlyProxiesMeansTheFirstOneCalled() {
        assertThat(behindProxies.clientOf("10.0.0.5", List.of("10.0.0.9")))
                .map(address -> address.getHostAddress())
                .contains("10.0.0.9");
    }
}
