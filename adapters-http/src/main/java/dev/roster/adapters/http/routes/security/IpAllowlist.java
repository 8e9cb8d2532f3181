package dev.roster.adapters.http.routes.security;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The addresses allowed to call the API at all; everyone else is refused before anything else runs. */
public final class IpAllowlist {

    private final List<Cidr> allowed;

    public IpAllowlist(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Reads a comma-separated list of CIDR blocks, as {@code ROSTER_ALLOWED_CIDRS} holds them. */
    public static IpAllowlist parse(String commaSeparated) {
        return new IpAllowlist(Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(Cidr::parse)
                .toList());
    }

    /** Loopback only: what a local server allows unless told otherwise. */
    public static IpAllowlist loopback() {
        return parse("127.0.0.0/8,::1/128");
    }

    public boolean allows(InetAddress address) {
        // A loop, not a stream: every request asks, and a stream built its pipeline each time.
        for (Cidr block : allowed) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return allowed.stream().map(Cidr::toString).collect(Collectors.joining(","));
    }
}
