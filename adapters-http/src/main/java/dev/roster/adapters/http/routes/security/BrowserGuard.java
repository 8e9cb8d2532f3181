package dev.roster.adapters.http.routes.security;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns away what a web page on another site can make a browser send to a server on the user's own machine: a request
 * naming another host (DNS rebinding: {@code evil.example} made to resolve to 127.0.0.1) and, where no token is needed,
 * a request from another origin (a cross-site form post, which browsers send without asking anyone). Requests without
 * {@code Origin} (curl, the Java client, a browser's own GETs and navigations) pass the origin check; same-origin ones
 * too, so the web UI served by the server itself keeps working.
 */
public final class BrowserGuard {

    private static final BrowserGuard NONE = new BrowserGuard(Set.of(), Set.of(), false);

    /** Host names and IP literals the server answers to, normalised; empty: any (behind a gateway that checks). */
    private final Set<String> hosts;
    /** Origins trusted besides the server's own, normalised ({@code http://localhost:5173}). */
    private final Set<String> trustedOrigins;

    private final boolean checkOrigin;

    private BrowserGuard(Set<String> hosts, Set<String> trustedOrigins, boolean checkOrigin) {
        this.hosts = hosts;
        this.trustedOrigins = trustedOrigins;
        this.checkOrigin = checkOrigin;
    }

    /** No checks: for a function behind API Gateway, which answers only to its own domain and needs tokens. */
    public static BrowserGuard none() {
        return NONE;
    }

    /**
     * The checks of a server people run themselves.
     *
     * @param hosts          the names and addresses it answers to (its bound address, {@code localhost}, ...)
     * @param trustedOrigins origins allowed besides its own, e.g. a development server of the web UI
     * @param checkOrigin    whether a foreign {@code Origin} is refused: when no token is needed (the open mode)
     */
    public static BrowserGuard localServer(
            Collection<String> hosts, Collection<String> trustedOrigins, boolean checkOrigin) {
        Set<String> names = hosts.stream().map(BrowserGuard::hostName).collect(Collectors.toUnmodifiableSet());
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a local server answers to at least one host name");
        }
        Set<String> origins = trustedOrigins.stream()
                .map(origin -> parseOrigin(origin)
                        .orElseThrow(() ->
                                new IllegalArgumentException("not an origin such as http://localhost:5173: " + origin)))
                .map(Origin::toString)
                .collect(Collectors.toUnmodifiableSet());
        return new BrowserGuard(names, origins, checkOrigin);
    }

    /**
     * @param host   the {@code Host} header, if sent
     * @param origin the {@code Origin} header, if sent
     * @return why the request is refused (safe to tell the caller), or empty when it may go on
     */
    public Optional<String> refusal(Optional<String> host, Optional<String> origin) {
        if (hosts.isEmpty()) {
            return Optional.empty();
        }
        Optional<HostAndPort> named = host.flatMap(BrowserGuard::parseHost);
        if (named.isEmpty() || !hosts.contains(named.get().name())) {
            return Optional.of("This server does not answer to the host "
                    + host.map(BrowserGuard::printable).orElse("(none)") + ".");
        }
        if (checkOrigin && origin.isPresent() && !sameOrigin(named.get(), origin.get())) {
            return Optional.of("Requests from another site (" + printable(origin.get()) + ") are refused.");
        }
        return Optional.empty();
    }

    private boolean sameOrigin(HostAndPort host, String originHeader) {
        Optional<Origin> origin = parseOrigin(originHeader);
        if (origin.isEmpty()) {
            return false; // "null" (sandboxed frames, file: pages) and anything malformed
        }
        if (trustedOrigins.contains(origin.get().toString())) {
            return true;
        }
        // The server itself speaks plain HTTP; a TLS proxy in front of it is named by --public-url, a trusted origin.
        int hostPort = host.port() >= 0 ? host.port() : 80;
        return origin.get().scheme().equals("http")
                && origin.get().host().equals(host.name())
                && origin.get().port() == hostPort;
    }

    /** A host name lower-cased without a trailing dot, or an IP literal in its canonical form. */
    static String hostName(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return IpLiteral.parse(name).map(InetAddress::getHostAddress).orElse(name);
    }

    private record HostAndPort(String name, int port) {}

    /** {@code Host} as sent: {@code name}, {@code name:port}, {@code [v6]} or {@code [v6]:port}. */
    private static Optional<HostAndPort> parseHost(String header) {
        String value = header.strip();
        String name;
        String port = "";
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            name = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return Optional.empty();
            }
            port = rest.isEmpty() ? "" : rest.substring(1);
        } else {
            int colon = value.indexOf(':');
            name = colon < 0 ? value : value.substring(0, colon);
            port = colon < 0 ? "" : value.substring(colon + 1);
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HostAndPort(hostName(name), port.isEmpty() ? -1 : Integer.parseInt(port)));
        } catch (NumberFormatException notAPort) {
            return Optional.empty();
        }
    }

    /** An origin with its port made explicit (80 for http, 443 for https). */
    private record Origin(String scheme, String host, int port) {

        @Override
        public String toString() {
            return scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    private static Optional<Origin> parseOrigin(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || !(uri.getRawPath() == null
                            || uri.getRawPath().isEmpty()
                            || uri.getRawPath().equals("/"))) {
                return Optional.empty();
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(
                    new Origin(scheme, hostName(uri.getHost().replace("[", "").replace("]", "")), port));
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    /** A header value fit to quote back: printable ASCII, at most 100 characters. */
    private static String printable(String value) {
        String shown = value.codePoints()
                .map(c -> c >= 0x20 && c < 0x7f ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return shown.length() > 100 ? shown.substring(0, 100) + "..." : shown;
    }
}
