package dev.roster.adapters.http.routes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrowserGuardTest {

    private final BrowserGuard open =
            BrowserGuard.localServer(List.of("127.0.0.1", "localhost", "::1"), List.of("http://localhost:5173"), true);
    private final BrowserGuard withTokens =
            BrowserGuard.localServer(List.of("127.0.0.1", "localhost"), List.of(), false);

    @Test
    void answersOnlyToItsOwnHostNames() {
        for (String host : new String[] {
            "127.0.0.1:8080", "localhost:8080", "LOCALHOST", "localhost.:80", "[::1]:8080", "[0:0:0:0:0:0:0:1]"
        }) {
            assertThat(open.refusal(Optional.of(host), Optional.empty()))
                    .as(host)
                    .isEmpty();
        }
        for (String host : new String[] {
            "evil.example:8080", "evil.example", "127.0.0.1.evil.example", "10.0.0.7:8080", "", "[::1", "localhost:port"
        }) {
            assertThat(open.refusal(Optional.of(host), Optional.empty()))
                    .as(host)
                    .isPresent();
            assertThat(withTokens.refusal(Optional.of(host), Optional.empty()))
                    .as(host)
                    .isPresent();
        }
        assertThat(open.refusal(Optional.empty(), Optional.empty())).isPresent();
    }

    @Test
    void inTheOpenModeTakesBrowserRequestsFromItsOwnOriginOnly() {
        Optional<String> host = Optional.of("localhost:8080");

        assertThat(open.refusal(host, Optional.of("http://localhost:8080"))).isEmpty();
        assertThat(open.refusal(host, Optional.of("http://localhost:5173"))).isEmpty();
        assertThat(open.refusal(Optional.of("localhost"), Optional.of("http://localhost")))
                .isEmpty();
        for (String origin : new String[] {
            "https://evil.example",
            "http://localhost:8081",
            "https://localhost:8080",
            "null",
            "http://127.0.0.1:8080",
            "file://",
            "http://localhost:8080/path"
        }) {
            assertThat(open.refusal(host, Optional.of(origin))).as(origin).isPresent();
        }
        assertThat(withTokens.refusal(host, Optional.of("https://evil.example")))
                .isEmpty();
    }

    @Test
    void behindAGatewayChecksNothing() {
        assertThat(BrowserGuard.none().refusal(Optional.of("evil.example"), Optional.of("https://evil.example")))
                .isEmpty();
    }
}
