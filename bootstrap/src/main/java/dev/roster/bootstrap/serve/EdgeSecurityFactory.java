package dev.roster.bootstrap.serve;

import dev.roster.adapters.http.routes.security.Authenticator;
import dev.roster.adapters.http.routes.security.BrowserGuard;
import dev.roster.adapters.http.routes.security.ClientAddresses;
import dev.roster.adapters.http.routes.security.EdgeSecurity;
import dev.roster.adapters.http.routes.security.IpAllowlist;
import dev.roster.adapters.http.routes.security.IpLiteral;
import dev.roster.adapters.http.routes.security.JwtAuthenticator;
import dev.roster.adapters.http.routes.security.JwtSettings;
import dev.roster.adapters.http.routes.security.OpenAccess;
import dev.roster.bootstrap.config.AuthOptions;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.SecurityOptions;
import dev.roster.bootstrap.local.WebApp;
import dev.roster.bootstrap.signin.WebAddress;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the security settings into the API's edge, refusing unsafe combinations: a server reachable from other
 * machines must have both an allowlist and authentication; only a loopback server may run open. Whatever the mode, the
 * server answers only to its own host names, and in the open mode only to its own origin, so that a web page the user
 * visits cannot drive it (DNS rebinding, cross-site form posts).
 */
public final class EdgeSecurityFactory {

    /** The issuer of development tokens when only a secret is set. */
    public static final String LOCAL_ISSUER = "roster-local";

    private EdgeSecurityFactory() {}

    /** The token settings, if authentication is configured: an issuer with a JWKS URL, or a secret. */
    public static Optional<JwtSettings> jwtSettings(AuthOptions options) {
        boolean hasJwks = options.jwksUrl != null && !options.jwksUrl.isBlank();
        boolean hasSecret = options.secret != null && !options.secret.isEmpty();
        if (hasJwks && hasSecret) {
            throw new ConfigurationException(
                    "--auth-secret", "set either a JWKS URL (Cognito) or a secret (development tokens), not both");
        }
        URI jwks = hasJwks ? parseUrl(options.jwksUrl) : null;
        if (!hasJwks && !hasSecret) {
            if (!blank(options.issuer)) {
                throw new ConfigurationException(
                        "--auth-issuer",
                        "needs --auth-jwks-url (Cognito's keys) or "
                                + "--auth-secret: on its own it would check nothing");
            }
            if (!blank(options.audience)) {
                throw new ConfigurationException(
                        "--auth-audience",
                        "needs --auth-issuer and --auth-jwks-url: on its " + "own it would check nothing");
            }
            return Optional.empty();
        }
        if (hasJwks && blank(options.issuer)) {
            throw new ConfigurationException("--auth-issuer", "is required with --auth-jwks-url");
        }
        if (!blank(options.issuer) && blank(options.audience)) {
            throw new ConfigurationException(
                    "--auth-audience",
                    "is required with --auth-issuer: the app client id "
                            + "tokens must be issued to (Cognito's client_id)");
        }
        String issuer = blank(options.issuer) ? LOCAL_ISSUER : options.issuer.strip();
        String audience = blank(options.audience) ? null : options.audience.strip();
        try {
            return Optional.of(
                    hasJwks
                            ? new JwtSettings(issuer, audience, jwks, null, options.acceptIdTokens)
                            : new JwtSettings(issuer, audience, null, options.secret, options.acceptIdTokens));
        } catch (IllegalArgumentException refused) {
            throw new ConfigurationException(hasJwks ? "--auth-jwks-url" : "--auth-secret", refused.getMessage());
        }
    }

    /**
     * Where people sign in, when {@code --auth-domain} is set: Cognito's managed login for the issuer and app client
     * the server checks tokens against.
     *
     * @throws ConfigurationException naming {@code --auth-domain} when it is not an address, or the server does not
     *     check Cognito's tokens
     */
    public static Optional<WebApp.Cognito> cognitoSignIn(AuthOptions options) {
        if (blank(options.domain)) {
            return Optional.empty();
        }
        URI domain = WebAddress.parse("--auth-domain", options.domain, true);
        if (blank(options.issuer) || blank(options.audience) || blank(options.jwksUrl)) {
            throw new ConfigurationException(
                    "--auth-domain",
                    "needs --auth-issuer, --auth-audience and --auth-jwks-url: the Cognito pool and app client people "
                            + "sign in to");
        }
        return Optional.of(new WebApp.Cognito(options.issuer.strip(), options.audience.strip(), domain));
    }

    /**
     * The edge for a server bound to {@code host}.
     *
     * @param publicUrl the address callers use, whose host the server answers to as well; {@code null} for none
     */
    public static Edge forHost(String host, URI publicUrl, SecurityOptions options) {
        boolean loopback = isLoopback(host);
        Optional<JwtSettings> jwt = jwtSettings(options.auth);
        if (jwt.isEmpty() && !loopback) {
            throw new ConfigurationException("Refusing to listen on " + host + " without authentication: set "
                    + "ROSTER_AUTH_SECRET (development tokens) or ROSTER_AUTH_ISSUER with ROSTER_AUTH_JWKS_URL "
                    + "(Cognito), or bind --host 127.0.0.1.");
        }
        IpAllowlist allowlist;
        if (blank(options.allowedCidrs)) {
            if (!loopback) {
                throw new ConfigurationException(
                        "--allowed-cidrs",
                        "is required when listening on " + host
                                + " (for example 203.0.113.0/24; 0.0.0.0/0,::/0 allows every address)");
            }
            allowlist = IpAllowlist.loopback();
        } else {
            allowlist = parseBlocks("--allowed-cidrs", options.allowedCidrs);
        }
        IpAllowlist proxies = blank(options.trustedProxies)
                ? IpAllowlist.parse("")
                : parseBlocks("--trusted-proxies", options.trustedProxies);
        Authenticator authenticator =
                jwt.<Authenticator>map(JwtAuthenticator::new).orElseGet(OpenAccess::new);
        BrowserGuard guard = browserGuard(host, publicUrl, options, jwt.isEmpty());
        return new Edge(new EdgeSecurity(allowlist, new ClientAddresses(proxies), guard, authenticator), jwt.isEmpty());
    }

    /**
     * The edge, and whether it is the local open mode (no authentication; every caller acts as admin).
     */
    public record Edge(EdgeSecurity security, boolean open) {}

    static boolean isLoopback(String host) {
        return IpLiteral.parse(host).map(InetAddress::isLoopbackAddress).orElse("localhost".equalsIgnoreCase(host));
    }

    /**
     * The names the server answers to: {@code localhost}, its bound address (or, bound to every address, each address
     * of the machine), the host of its public URL, and those configured.
     */
    private static BrowserGuard browserGuard(String host, URI publicUrl, SecurityOptions options, boolean open) {
        Set<String> hosts = new LinkedHashSet<>(List.of("localhost"));
        Optional<InetAddress> bound = IpLiteral.parse(host);
        if (bound.isPresent() && bound.get().isAnyLocalAddress()) {
            hosts.addAll(machineAddresses());
        } else {
            hosts.add(host);
        }
        if (publicUrl != null && publicUrl.getHost() != null) {
            hosts.add(publicUrl.getHost());
        }
        hosts.addAll(hostNames(options.allowedHosts));
        List<String> origins = new ArrayList<>(list(options.allowedOrigins));
        if (publicUrl != null && publicUrl.getHost() != null) {
            // Behind a proxy the browser's origin is the public one, whatever Host the proxy passes on.
            origins.add(publicUrl.getScheme() + "://" + publicUrl.getRawAuthority());
        }
        try {
            return BrowserGuard.localServer(hosts, origins, open);
        } catch (IllegalArgumentException refused) {
            throw new ConfigurationException("--allowed-origins", refused.getMessage());
        }
    }

    private static Set<String> machineAddresses() {
        Set<String> addresses = new LinkedHashSet<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                Collections.list(network.getInetAddresses())
                        .forEach(address ->
                                addresses.add(address.getHostAddress().replaceFirst("%.*$", "")));
            }
        } catch (SocketException unlisted) {
            // Without the list, the server answers to its names only (localhost, --public-url, --allowed-hosts).
        }
        return addresses;
    }

    private static List<String> list(String commaSeparated) {
        return blank(commaSeparated)
                ? List.of()
                : Arrays.stream(commaSeparated.split(","))
                        .map(String::strip)
                        .filter(part -> !part.isEmpty())
                        .toList();
    }

    private static IpAllowlist parseBlocks(String flag, String text) {
        try {
            return IpAllowlist.parse(text);
        } catch (IllegalArgumentException refused) {
            throw new ConfigurationException(flag, refused.getMessage());
        }
    }

    private static URI parseUrl(String text) {
        try {
            URI url = URI.create(text.strip());
            if (("https".equals(url.getScheme()) || "http".equals(url.getScheme())) && url.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException malformed) {
            // Told below.
        }
        throw new ConfigurationException(
                "--auth-jwks-url",
                "must be an https URL such as https://cognito-idp."
                        + "ap-northeast-2.amazonaws.com/<pool>/.well-known/jwks.json, not '" + text + "'");
    }

    /** A host name or IP address, as a {@code Host} header names it: no scheme, path, port or spaces. */
    private static List<String> hostNames(String commaSeparated) {
        List<String> names = list(commaSeparated);
        for (String name : names) {
            if (!name.matches("[A-Za-z0-9.-]+|\\[?[0-9A-Fa-f:.]+]?")) {
                throw new ConfigurationException(
                        "--allowed-hosts",
                        "must be host names such as roster.office.lan, " + "without scheme or port, not '" + name
                                + "'");
            }
        }
        return names;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
