package dev.roster.bootstrap.config;

import picocli.CommandLine.Mixin;
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

    @Mixin
    public AuthOptions auth = new AuthOptions();
}
