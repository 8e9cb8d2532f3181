package dev.roster.adapters.browser.playwright;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the browser source runs Chromium.
 *
 * @param executable the Chromium to drive: the machine's own (Debian's {@code chromium}), never a downloaded one
 * @param timeout    how long a page may take to load and show what the rules look for
 * @param pages      pages open at once: one browser per page, each on its own thread (Playwright is single-threaded)
 * @param sandbox    whether Chromium keeps its sandbox, which it cannot when run as root: then a page that breaks the
 *                   renderer runs code as root, so only machines that cannot do otherwise (root in CI) turn it off
 */
public record BrowserSettings(Path executable, Duration timeout, int pages, String userAgent, boolean sandbox) {

    /** Debian's Chromium. */
    public static final Path DEBIAN_CHROMIUM = Paths.get("/usr/bin/chromium");

    /** Flags for a headless Chromium: no GPU, nothing phoning home, no QUIC (UDP that no proxy carries). */
    private static final List<String> ARGS = List.of(
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--disable-features=DnsOverHttps",
            "--dns-prefetch-disable",
            // WebRTC may only use UDP through the proxy, which goes nowhere.
            "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
            // Chromium resolves no name itself: every request is fetched by Roster, at the address Roster checked.
            "--host-resolver-rules=MAP * ~NOTFOUND");

    public BrowserSettings {
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (pages < 1 || pages > 32) {
            throw new IllegalArgumentException("pages must be 1-32: " + pages);
        }
    }

    /** Debian's Chromium, sandboxed unless this process runs as root. */
    public static BrowserSettings debian(int pages) {
        return new BrowserSettings(
                DEBIAN_CHROMIUM, Duration.ofSeconds(15), pages, "Roster metric collector", !RunningAsRoot.check());
    }

    public BrowserSettings withTimeout(Duration newTimeout) {
        return new BrowserSettings(executable, newTimeout, pages, userAgent, sandbox);
    }

    /**
     * Chromium's command-line flags. Whatever a page asks for that Roster's request interception does not fetch for it
     * (WebSockets, preconnects, a request from a worker) goes to {@code nowherePort}, a proxy that answers nothing, and
     * never to the network.
     */
    List<String> args(int nowherePort) {
        List<String> args = new ArrayList<>(ARGS);
        args.add("--proxy-server=http://127.0.0.1:" + nowherePort);
        // Chromium sends loopback addresses past any proxy unless told not to.
        args.add("--proxy-bypass-list=<-loopback>");
        return List.copyOf(args);
    }
}
