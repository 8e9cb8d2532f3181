package dev.roster.bootstrap.config;

import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** Who may call the API: the IP allowlist, the proxies whose forwarded headers are believed, and token checks. */
public final class SecurityOptions {

    @Option(names = "--allowed-cidrs", defaultValue = "${env:ROSTER_ALLOWED_CIDRS}",
            description = "Comma-separated IPv4/IPv6 CIDR blocks allowed to call the API (ROSTER_ALLOWED_CIDRS). "
                    + "Default: loopback only, which is allowed only when bound to loopback.")
    public String allowedCidrs;

    @Option(names = "--trusted-proxies", defaultValue = "${env:ROSTER_TRUSTED_PROXIES}",
            description = "CIDR blocks of proxies whose X-Forwarded-For is believed (ROSTER_TRUSTED_PROXIES).")
    public String trustedProxies;

    @Option(names = "--auth-issuer", defaultValue = "${env:ROSTER_AUTH_ISSUER}",
            description = "Issuer tokens must come from, e.g. the Cognito user pool URL (ROSTER_AUTH_ISSUER).")
    public String issuer;

    @Option(names = "--auth-audience", defaultValue = "${env:ROSTER_AUTH_AUDIENCE}",
            description = "App client id tokens must be for (ROSTER_AUTH_AUDIENCE).")
    public String audience;

    @Option(names = "--auth-jwks-url", defaultValue = "${env:ROSTER_AUTH_JWKS_URL}",
            description = "Where the issuer publishes its signing keys (ROSTER_AUTH_JWKS_URL).")
    public String jwksUrl;

    @Option(names = "--auth-secret", defaultValue = "${env:ROSTER_AUTH_SECRET}", showDefaultValue = Visibility.NEVER,
            description = "Secret (32+ bytes) signing local development tokens, see 'roster token' (ROSTER_AUTH_SECRET).")
    public String secret;
}
