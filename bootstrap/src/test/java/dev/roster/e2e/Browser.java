package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, as a person uses the web UI: pages at a desktop's or a phone's size, in
 * Korea's time zone, with screenshots kept under {@code target/ui-screenshots} and an axe-core scan on demand.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ROSTER_CHROMIUM", "/usr/bin/chromium"));
    /** axe-core from the web module's npm install (its devDependencies), the version the UI is checked with. */
    private static final Path AXE = Path.of("..", "web", "node_modules", "axe-core", "axe.min.js");

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    /** A desktop (1280×800) and a phone (390 px wide). */
    enum Screen {
        DESKTOP(1280, 800),
        PHONE(390, 844);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String axe;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                // The driver must never download browsers: the machine's Chromium is the one to use.
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(ARGS));
        try {
            axe = Files.readString(AXE, StandardCharsets.UTF_8);
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException missing) {
            close();
            throw new UncheckedIOException(
                    "axe-core is read from web/node_modules: run the web module's npm ci", missing);
        }
    }

    /** A fresh page (its own cookies and storage) of the given size. */
    Page page(Screen screen) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(screen.width, screen.height)
                .setLocale("ko-KR")
                .setTimezoneId("Asia/Seoul")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** Keeps what the page shows as {@code target/ui-screenshots/<name>.png}, the whole page. */
    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Runs axe-core over the page and asserts it finds nothing serious or critical. */
    void assertAccessible(Page page, String screen) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            // Through the DevTools protocol, which the page's Content-Security-Policy does not govern.
            page.evaluate(axe);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("""
                async () => {
                  const results = await axe.run(document, { resultTypes: ['violations'] });
                  return results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
                }""");
        assertThat(violations)
                .as("serious or critical accessibility violations on " + screen)
                .isEmpty();
    }

    @Override
    public void close() {
        playwright.close();
    }
}
