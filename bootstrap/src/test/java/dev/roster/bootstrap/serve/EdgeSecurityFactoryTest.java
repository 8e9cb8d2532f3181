package dev.roster.bootstrap.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.SecurityOptions;
import org.junit.jupiter.api.Test;

class EdgeSecurityFactoryTest {

    private static final String SECRET = "a-local-development-secret-of-32+bytes";

    @Test
    void aLoopbackServerMayRunOpen() {
        EdgeSecurityFactory.Edge edge = EdgeSecurityFactory.forHost("127.0.0.1", new SecurityOptions());

        assertThat(edge.open()).isTrue();
        assertThat(edge.security().allowlist().toString()).isEqualTo("127.0.0.0/8,::1/128");
        assertThat(EdgeSecurityFactory.forHost("::1", new SecurityOptions()).open()).isTrue();
        assertThat(EdgeSecurityFactory.forHost("localhost", new SecurityOptions()).open()).isTrue();
    }

    @Test
    void refusesToListenElsewhereWithoutAuthenticationOrAnAllowlist() {
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("0.0.0.0", new SecurityOptions()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("without authentication");

        SecurityOptions withSecret = new SecurityOptions();
        withSecret.auth.secret = SECRET;
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("0.0.0.0", withSecret))
                .hasMessageStartingWith("--allowed-cidrs (ROSTER_ALLOWED_CIDRS): is required");

        withSecret.allowedCidrs = "203.0.113.0/24, 2001:db8::/32";
        EdgeSecurityFactory.Edge edge = EdgeSecurityFactory.forHost("0.0.0.0", withSecret);
        assertThat(edge.open()).isFalse();
    }

    @Test
    void namesTheBadSetting() {
        SecurityOptions options = new SecurityOptions();
        options.allowedCidrs = "203.0.113.0/24,not-a-block";
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("127.0.0.1", options))
                .hasMessage("--allowed-cidrs (ROSTER_ALLOWED_CIDRS): not an IP address or CIDR block: not-a-block");

        SecurityOptions shortSecret = new SecurityOptions();
        shortSecret.auth.secret = "short";
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("127.0.0.1", shortSecret))
                .hasMessageStartingWith("--auth-secret (ROSTER_AUTH_SECRET): the token secret must be at least 32");

        SecurityOptions jwksWithoutIssuer = new SecurityOptions();
        jwksWithoutIssuer.auth.jwksUrl = "https://cognito-idp.example/jwks.json";
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("127.0.0.1", jwksWithoutIssuer))
                .hasMessage("--auth-issuer (ROSTER_AUTH_ISSUER): is required with --auth-jwks-url");

        SecurityOptions plainHttpJwks = new SecurityOptions();
        plainHttpJwks.auth.issuer = "https://issuer.example";
        plainHttpJwks.auth.jwksUrl = "http://issuer.example/jwks.json";
        assertThatThrownBy(() -> EdgeSecurityFactory.forHost("127.0.0.1", plainHttpJwks))
                .hasMessageContaining("must use https");
    }
}
