package dev.roster.adapters.browser.fetch;

import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformHosts;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What one platform's collection may fetch: http(s) URLs on the platform's hosts, at addresses that {@link AddressRules}
 * permit for it. Each name is looked up once per connection and the connection goes to the addresses checked, so a
 * name that answers differently the second time (DNS rebinding) gains nothing.
 */
public final class FetchRules {

    private final String platform;
    private final PlatformHosts hosts;
    private final AddressLookup lookup;

    public FetchRules(Platform platform, AddressLookup lookup) {
        this(platform.code().value(), platform.hosts(), lookup);
    }

    FetchRules(String platform, PlatformHosts hosts, AddressLookup lookup) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.hosts = Objects.requireNonNull(hosts, "hosts");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** Why {@code url} may not be fetched for this platform, or empty when it may (its address is checked later). */
    public Optional<String> refusal(URI url) {
        if (hosts.accept(url)) {
            return Optional.empty();
        }
        return Optional.of("is not an http(s) address on platform " + platform + "'s hosts");
    }

    /**
     * The addresses of {@code host} that may be connected to, looked up once.
     *
     * @throws RefusedAddressException when it has none that may, naming none of them
     * @throws UnknownHostException    when the name does not resolve
     */
    public InetAddress[] addresses(String host) throws UnknownHostException {
        InetAddress[] permitted = Arrays.stream(lookup.lookUp(host))
                .filter(address -> AddressRules.permitted(address, hosts.privateAddressesAllowed()))
                .toArray(InetAddress[]::new);
        if (permitted.length == 0) {
            throw new RefusedAddressException();
        }
        return permitted;
    }

    String platform() {
        return platform;
    }
}
