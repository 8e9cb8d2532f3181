package dev.roster.adapters.http.routes.security;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Security at the edge, the same for every transport: who may connect at all (the IP allowlist, with forwarded
 * headers believed only from trusted proxies), what a browser may be made to send (the host and origin checks of a
 * server people run themselves), and who is calling (the authenticator).
 */
public record EdgeSecurity(
        IpAllowlist allowlist,
        ClientAddresses clientAddresses,
        BrowserGuard browserGuard,
        Authenticator authenticator) {

    /** Without browser checks: behind a gateway that answers only to its own domain (API Gateway), or in tests. */
    public EdgeSecurity(IpAllowlist allowlist, ClientAddresses clientAddresses, Authenticator authenticator) {
        this(allowlist, clientAddresses, BrowserGuard.none(), authenticator);
    }

    /** The client's address if it may call the API; empty when it is refused (or cannot be told). */
    public Optional<InetAddress> admit(String peerAddress, List<String> forwardedFor) {
        return clientAddresses.clientOf(peerAddress, forwardedFor).filter(allowlist::allows);
    }

    /** Why a browser-borne request is refused, or empty when it may go on. */
    public Optional<String> browserRefusal(Optional<String> host, Optional<String> origin) {
        return browserGuard.refusal(host, origin);
    }

    public Authentication authenticate(Optional<String> authorization, Map<String, Object> verifiedClaims) {
        return authenticator.authenticate(authorization, verifiedClaims);
    }
}
