package dev.roster.application.report;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Profile URLs as the reports compare them: the same page whatever the scheme, the letter case of the host, a leading
 * {@code www.}, a trailing slash, a query or a fragment.
 */
final class ProfileKey {

    private ProfileKey() {}

    static String of(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + (url.getPort() < 0 ? "" : ":" + url.getPort()) + path;
    }

    static boolean same(URI one, URI other) {
        return of(one).equals(of(other));
    }

    /** The handle a profile URL most likely names: its last path segment, without a leading {@code @}. */
    static Optional<String> handle(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isBlank()) {
                String handle =
                        URLDecoder.decode(segments[i], StandardCharsets.UTF_8).strip();
                handle = handle.startsWith("@") ? handle.substring(1) : handle;
                return handle.isBlank() ? Optional.empty() : Optional.of(handle);
            }
        }
        return Optional.empty();
    }
}
