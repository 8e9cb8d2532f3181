package dev.roster.bootstrap.config;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Who may call the API: the IP allowlist, the proxies whose forwarded headers are believed, the host names and origins
 * a browser may use, and token checks.
 */
public final class SecurityOptions {

    @Option(
            names = "--allowed-cidrs",
            defaultValue = "${env:ROSTER_ALLOWED_CIDRS}",
            description = "Comma-separated IPv4/IPv6 CIDR blocks allowed to call the API (ROSTER_ALLOWED_CIDRS). "
                    + "Default: loopback only, which is allowed only when bound to loopback.")
    public String allowedCidrs;

    @Option(
            names = "--trusted-proxies",
            defaultValue = "${env:ROSTER_TRUSTED_PROXIES}",
            description = "CIDR blocks of proxies whose X-Forwarded-For is believed (ROSTER_TRUSTED_PROXIES).")
    public String trustedProxies;

    @Option(
            names = "--allowed-hosts",
            defaultValue = "${env:ROSTER_ALLOWED_HOSTS}",
            description = "Comma-separated host names the server answers to besides its bound address, localhost and "
                    + "--public-url's host, e.g. roster.office.lan (ROSTER_ALLOWED_HOSTS). Any other Host gets 403.")
    public String allowedHosts;

    @Option(
            names = "--allowed-origins",
            defaultValue = "${env:ROSTER_ALLOWED_ORIGINS}",
            description = "Comma-separated origins, besides the server's own, whose browser requests the open local "
                    + "mode takes, e.g. http://localhost:5173 (ROSTER_ALLOWED_ORIGINS).")
    public String allowedOrigins;

    @Mixin
    public AuthOptions auth = new AuthOptions();
}
