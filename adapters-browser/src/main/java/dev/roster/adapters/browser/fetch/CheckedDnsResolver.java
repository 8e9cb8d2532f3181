package dev.roster.adapters.browser.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/** The HTTP client's only way to an address: the platform's {@link FetchRules}, one lookup per connection. */
final class CheckedDnsResolver implements DnsResolver {

    private final FetchRules rules;

    CheckedDnsResolver(FetchRules rules) {
        this.rules = rules;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return rules.addresses(host);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(rules.addresses(host))
                .map(address -> new InetSocketAddress(address, port))
                .toList();
    }

    /** Only Kerberos asks for this; answering the name as given avoids a lookup that nothing checks. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
