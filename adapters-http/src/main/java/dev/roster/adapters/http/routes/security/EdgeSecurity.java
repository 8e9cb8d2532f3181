package dev.roster.adapters.http.routes.security;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Security at the edge, the same for every transport: who may connect at all (the IP allowlist, with forwarded
 * headers believed only from trusted proxies) and who is calling (the authenticator).
 */
public record EdgeSecurity(IpAllowlist allowlist, ClientAddresses clientAddresses, Authenticator authenticator) {

    /** The client's address if it may call the API; empty when it is refused (or cannot be told). */
    public Optional<InetAddress> admit(String peerAddress, List<String> forwardedFor) {
        return clientAddresses.clientOf(peerAddress, forwardedFor).filter(allowlist::allows);
    }

    public Authentication authenticate(Optional<String> authorization, Map<String, Object> verifiedClaims) {
        return authenticator.authenticate(authorization, verifiedClaims);
    }
}
