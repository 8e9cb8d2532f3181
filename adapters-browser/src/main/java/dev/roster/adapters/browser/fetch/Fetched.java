package dev.roster.adapters.browser.fetch;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What fetching a page came to: the page, a refusal, or a failure that may pass. */
public sealed interface Fetched {

    /**
     * The platform's answer, whatever its status.
     *
     * @param url     where it came from (after any redirects followed)
     * @param headers by lower-case name
     * @param body    decoded (no content encoding), never more than the fetcher's cap
     */
    record Page(URI url, int status, Map<String, List<String>> headers, byte[] body) implements Fetched {

        public Page {
            Objects.requireNonNull(url, "url");
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }

        /** The first value of a header, by any case of its name. */
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)))
                    .flatMap(values -> values.stream().findFirst());
        }
    }

    /**
     * Not fetched, or not kept: the address is not allowed, or the page is too large. {@code reason} is plain and names
     * no refused address.
     */
    record Refused(String reason) implements Fetched {}

    /** The network, a time-out or the platform's connection failed; {@code reason} is plain. */
    record Failed(String reason) implements Fetched {}
}
