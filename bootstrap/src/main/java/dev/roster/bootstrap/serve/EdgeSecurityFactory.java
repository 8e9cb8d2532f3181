package dev.roster.bootstrap.serve;

import dev.roster.adapters.http.routes.security.Authenticator;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.IpLiteral;
import dev.roster.adapters.http.routes.security.JwtAuthenticator;
import dev.roster.adapters.http.routes.security.JwtSettings;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.AuthOptions;
import dev.roster.bootstrap.config.SecurityOptions;
import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;

/**
 * Turns the security settings into the API's edge, refusing unsafe combinations: a server reachable from other
 * machines must have both an allowlist and authentication; only a loopback server may run open.
 */
public final class EdgeSecurityFactory {

    /** The issuer of development tokens when only a secret is set. */
    public static final String LOCAL_ISSUER = "roster-local";

    private EdgeSecurityFactory() {
    }

    /** The token settings, if authentication is configured: an issuer with a JWKS URL, or a secret. */
    public static Optional<JwtSettings> jwtSettings(AuthOptions options) {
        boolean hasJwks = options.jwksUrl != null && !options.jwksUrl.isBlank();
        boolean hasSecret = options.secret != null && !options.secret.isEmpty();
        if (hasJwks && hasSecret) {
            throw new ConfigurationException("--auth-secret",
                    "set either a JWKS URL (Cognito) or a secret (development tokens), not both");
        }
        if (!hasJwks && !hasSecret) {
            return Optional.empty();
        }
        if (hasJwks && blank(options.issuer)) {
            throw new ConfigurationException("--auth-issuer", "is required with --auth-jwks-url");
        }
        String issuer = blank(options.issuer) ? LOCAL_ISSUER : options.issuer.strip();
        String audience = blank(options.audience) ? null : options.audience.strip();
        try {
            return Optional.of(hasJwks ? new JwtSettings(issuer, audience, parseUrl(options.jwksUrl), null)
                    : new JwtSettings(issuer, audience, null, options.secret));
        } catch (IllegalArgumentException refused) {
            throw new ConfigurationException(hasJwks ? "--auth-jwks-url" : "--auth-secret", refused.getMessage());
        }
    }

    /** The edge for a server bound to {@code host}. */
    public static Edge forHost(String host, SecurityOptions options) {
        boolean loopback = isLoopback(host);
        Optional<JwtSettings> jwt = jwtSettings(options.auth);
        if (jwt.isEmpty() && !loopback) {
            throw new ConfigurationException("Refusing to listen on " + host + " without authentication: set "
                    + "ROSTER_AUTH_SECRET (development tokens) or ROSTER_AUTH_ISSUER with ROSTER_AUTH_JWKS_URL "
                    + "(Cognito), or bind --host 127.0.0.1.");
        }
        IpAllowlist allowlist;
        if (blank(options.allowedCidrs)) {
            if (!loopback) {
                throw new ConfigurationException("--allowed-cidrs", "is required when listening on " + host
                        + " (for example 203.0.113.0/24; 0.0.0.0/0,::/0 allows every address)");
            }
            allowlist = IpAllowlist.loopback();
        } else {
            allowlist = parseBlocks("--allowed-cidrs", options.allowedCidrs);
        }
        IpAllowlist proxies = blank(options.trustedProxies) ? IpAllowlist.parse("")
                : parseBlocks("--trusted-proxies", options.trustedProxies);
        Authenticator authenticator = jwt.<Authenticator>map(JwtAuthenticator::new).orElseGet(OpenAccess::new);
        return new Edge(new EdgeSecurity(allowlist, new ClientAddresses(proxies), authenticator), jwt.isEmpty());
    }

    /**
     * The edge, and whether it is the local open mode (no authentication; every caller acts as admin).
     */
    public record Edge(EdgeSecurity security, boolean open) {
    }

    static boolean isLoopback(String host) {
        return IpLiteral.parse(host).map(InetAddress::isLoopbackAddress)
                .orElse("localhost".equalsIgnoreCase(host));
    }

    private static IpAllowlist parseBlocks(String flag, String text) {
        try {
            return IpAllowlist.parse(text);
        } catch (IllegalArgumentException refused) {
            throw new ConfigurationException(flag, refused.getMessage());
        }
    }

    private static URI parseUrl(String text) {
        try {
            return URI.create(text.strip());
        } catch (IllegalArgumentException malformed) {
            throw new ConfigurationException("--auth-jwks-url", "not a URL: " + text);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
