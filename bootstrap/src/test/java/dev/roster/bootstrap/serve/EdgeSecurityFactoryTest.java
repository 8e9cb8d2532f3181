package dev.roster.bootstrap.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.SecurityOptions;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EdgeSecurityFactoryTest {

    private static final String SECRET = "a-local-development-secret-of-32+bytes";

    @Test
    void aLoopbackServerMayRunOpen() {
        EdgeSecurityFactory.Edge edge = EdgeSecurityFactory.forHost("127.0.0.1", null, new SecurityOptions());

        assertThat(edge.open()).isTrue();
        assertThat(edge.security().allowlist().toString()).isEqualTo("127.0.0.0/8,::1/128");
        assertThat(EdgeSecurityFactory.forHost("::1", null, new SecurityOptions())
                        .open())
                .isTrue();
        assertThat(EdgeSecurityFactory.forHost("localhost", null, new SecurityOptions())
                        .open())
                .isTrue();
    }

    @Test
    void refusesToListenElsewhereWithoutAuthenticationOrAnAllowlist() {
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("0.0.0.0", null, new SecurityOptions()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("without authentication");

        SecurityOptions withSecret = new SecurityOptions();
        withSecret.auth.secret = SECRET;
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("0.0.0.0", null, withSecret))
                .hasMessageStartingWith("--allowed-cidrs (ROSTER_ALLOWED_CIDRS): is required");

        withSecret.allowedCidrs = "203.0.113.0/24, 2001:db8::/32";
        EdgeSecurityFactory.Edge edge = EdgeSecurityFactory.forHost("0.0.0.0", null, withSecret);
        assertThat(edge.open()).isFalse();
    }

    @Test
    void namesTheBadSetting() {
        SecurityOptions options = new SecurityOptions();
        options.allowedCidrs = "203.0.113.0/24,not-a-block";
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("127.0.0.1", null, options))
                .hasMessage("--allowed-cidrs (ROSTER_ALLOWED_CIDRS): not an IP address or CIDR block: not-a-block");

        SecurityOptions shortSecret = new SecurityOptions();
        shortSecret.auth.secret = "short";
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("127.0.0.1", null, shortSecret))
                .hasMessageStartingWith("--auth-secret (ROSTER_AUTH_SECRET): the token secret must be at least 32");

        SecurityOptions jwksWithoutIssuer = new SecurityOptions();
        jwksWithoutIssuer.auth.jwksUrl = "https://cognito-idp.example/jwks.json";
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("127.0.0.1", null, jwksWithoutIssuer))
                .hasMessage("--auth-issuer (ROSTER_AUTH_ISSUER): is required with --auth-jwks-url");

        SecurityOptions plainHttpJwks = new SecurityOptions();
        plainHttpJwks.auth.issuer = "https://issuer.example";
        plainHttpJwks.auth.audience = "web-client";
        plainHttpJwks.auth.jwksUrl = "http://issuer.example/jwks.json";
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("127.0.0.1", null, plainHttpJwks))
                .hasMessageContaining("must use https");
    }

    @Test
    void anIssuerNeedsTheAppClientItsTokensMustBeFor() {
        SecurityOptions cognito = new SecurityOptions();
        cognito.auth.issuer = "https://cognito-idp.ap-northeast-2.amazonaws.com/pool";
        cognito.auth.jwksUrl = "https://cognito-idp.ap-northeast-2.amazonaws.com/pool/.well-known/jwks.json";

        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("127.0.0.1", null, cognito))
                .hasMessageStartingWith("--auth-audience (ROSTER_AUTH_AUDIENCE): is required with --auth-issuer");
        cognito.auth.audience = "web-client";
        assertThat(EdgeSecurityFactory.forHost("127.0.0.1", null, cognito).open())
                .isFalse();
    }

    @Test
    void answersToItsBoundAddressLocalhostItsPublicNameAndTheHostsItIsGiven() {
        SecurityOptions options = new SecurityOptions();
        options.allowedHosts = "roster.office.lan";
        EdgeSecurityFactory.Edge edge =
                EdgeSecurityFactory.forHost("127.0.0.1", java.net.URI.create("https://roster.example.com/"), options);

        for (String host :
                new String[] {"127.0.0.1:8080", "localhost:8080", "roster.example.com", "roster.office.lan"}) {
            assertThat(edge.security().browserRefusal(Optional.of(host), Optional.empty()))
                    .as(host)
                    .isEmpty();
        }
        assertThat(edge.security().browserRefusal(Optional.of("evil.example"), Optional.empty()))
                .isPresent();
        assertThat(edge.security().browserRefusal(Optional.of("localhost:8080"), Optional.of("https://evil.example")))
                .as("the open mode refuses foreign origins")
                .isPresent();
        assertThat(edge.security()
                        .browserRefusal(Optional.of("localhost:8080"), Optional.of("https://roster.example.com")))
                .as("the public origin is its own")
                .isEmpty();
    }
}
