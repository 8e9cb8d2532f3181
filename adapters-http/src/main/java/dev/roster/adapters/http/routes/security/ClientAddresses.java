package dev.roster.adapters.http.routes.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the address a request really came from. {@code X-Forwarded-For} is believed only when the connection comes
 * from a configured proxy; then the client is the right-most address in the chain that is not a trusted proxy (the
 * left part of the header is whatever the client chose to send, so it is never taken at its word).
 */
public final class ClientAddresses {

    private final IpAllowlist trustedProxies;

    public ClientAddresses(IpAllowlist trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /**
     * @param peer         the address of the connection, as an IP literal
     * @param forwardedFor every {@code X-Forwarded-For} header value, in order
     * @return the client's address, or empty when the peer (or a forwarded entry that must be used) is not an address
     */
    public Optional<InetAddress> clientOf(String peer, List<String> forwardedFor) {
        Optional<InetAddress> current = IpLiteral.parse(peer);
        if (current.isEmpty() || !trustedProxies.allows(current.get())) {
            return current;
        }
        List<String> chain = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",")) {
                chain.add(entry.strip());
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiteral.parse(chain.get(i));
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            current = hop;
            if (!trustedProxies.allows(hop.get())) {
                return current;
            }
        }
        return current;
    }
}
