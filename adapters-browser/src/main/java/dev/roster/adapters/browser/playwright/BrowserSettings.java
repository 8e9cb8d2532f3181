package dev.roster.adapters.browser.playwright;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the browser source runs Chromium.
 *
 * @param executable the Chromium to drive: the machine's own (Debian's {@code chromium}), never a downloaded one
 * @param timeout    how long a page may take to load and show what the rules look for
 * @param pages      pages open at once: one browser per page, each on its own thread (Playwright is single-threaded)
 */
public record BrowserSettings(Path executable, Duration timeout, int pages, String userAgent) {

    /** Debian's Chromium. */
    public static final Path DEBIAN_CHROMIUM = Paths.get("/usr/bin/chromium");

    /** Flags for a headless Chromium in a container: no sandbox (root), no GPU, nothing phoning home. */
    public static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    public BrowserSettings {
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (pages < 1 || pages > 32) {
            throw new IllegalArgumentException("pages must be 1-32: " + pages);
        }
    }

    public static BrowserSettings debian(int pages) {
        return new BrowserSettings(DEBIAN_CHROMIUM, Duration.ofSeconds(15), pages, "Roster metric collector");
    }

    public BrowserSettings withTimeout(Duration newTimeout) {
        return new BrowserSettings(executable, newTimeout, pages, userAgent);
    }
}
