package dev.roster.domain.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a platform's pages are: the hosts its profile URLs (and every page Roster fetches for it) must be on, and
 * whether those may be at private addresses (an intranet platform, or a test), which fetching otherwise refuses.
 *
 * @param entries                 at least one
 * @param privateAddressesAllowed whether loopback, private and link-local addresses may be fetched; cloud metadata
 *                                addresses never may
 */
public record PlatformHosts(List<PlatformHost> entries, boolean privateAddressesAllowed) {

    public PlatformHosts {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a platform needs at least one host its pages are on");
        }
    }

    /** Public hosts read from their entries, such as {@code "blog.example"} or {@code "127.0.0.1:8088"}. */
    public static PlatformHosts of(String... entries) {
        return new PlatformHosts(
                List.of(entries).stream().map(PlatformHost::parse).toList(), false);
    }

    /** These hosts, allowed at private addresses too. */
    public PlatformHosts allowingPrivateAddresses() {
        return new PlatformHosts(entries, true);
    }

    /**
     * Whether {@code url} is an http(s) URL without user information on one of these hosts (and port, where an entry
     * names one).
     */
    public boolean accept(URI url) {
        if (url == null || url.getHost() == null || url.getRawUserInfo() != null || url.getScheme() == null) {
            return false;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return (scheme.equals("http") || scheme.equals("https"))
                && entries.stream().anyMatch(entry -> entry.matches(url.getHost(), port));
    }

    /** The entries as the platform definitions spell them, separated by commas. */
    @Override
    public String toString() {
        return entries.stream().map(PlatformHost::toString).collect(Collectors.joining(", "));
    }
}
