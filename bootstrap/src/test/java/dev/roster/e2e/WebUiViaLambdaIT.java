package dev.roster.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.roster.adapters.http.routes.security.DevelopmentTokens;
import dev.roster.adapters.http.routes.security.JwtSettings;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.bootstrap.serve.EdgeSecurityFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The web UI through the Lambda API handler ({@code roster serve --via-lambda}: every request becomes an API Gateway
 * event), with tokens required: a person signs in with a development token, and what their role may not do is not
 * offered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiViaLambdaIT {

    private static final String SECRET = "web-ui-end-to-end-secret-of-32-bytes!";

    private ServerProcess server;
    private Browser browser;
    private DevelopmentTokens tokens;

    @BeforeAll
    void start() throws Exception {
        server = ServerProcess.start(
                List.of(
                        "--port",
                        "0",
                        "--data-dir",
                        Files.createTempDirectory("roster-web-lambda").toString(),
                        "--store",
                        "postgres",
                        "--jdbc-url",
                        TestDatabase.jdbcUrl(),
                        "--jdbc-user",
                        TestDatabase.user(),
                        "--jdbc-password",
                        TestDatabase.password(),
                        "--auth-secret",
                        SECRET,
                        "--via-lambda"),
                Duration.ofSeconds(60));
        browser = new Browser();
        tokens = new DevelopmentTokens(
                new JwtSettings(EdgeSecurityFactory.LOCAL_ISSUER, null, null, SECRET), Clock.systemUTC());
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(Duration.ofSeconds(20));
        }
    }

    @Test
    void signsInWithATokenThenRegistersSearchesAndOpensAnAccount() {
        // The PostgreSQL database outlives a run: a handle of this run's own.
        String handle = "via.lambda." + Long.toString(System.currentTimeMillis(), 36);
        Page page = browser.page(Browser.Screen.DESKTOP);
        page.navigate(server.url().resolve("/?lang=en").toString());

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Token"))
                .fill("not a token");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("does not sign you in");
        Browser.screenshot(page, "sign-in-en-desktop");
        browser.assertAccessible(page, "the sign-in screen");
        signIn(page, Role.EDITOR);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account"))
                .click();
        Locator form = page.getByRole(AriaRole.DIALOG);
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Name"))
                .fill("람다 경유");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Phone"))
                .fill("010-1212-3434");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Handle"))
                .fill(handle);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(handle)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete")))
                .hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Platform A")))
                .first()
                .click();
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search"))
                .pressSequentially(handle);
        page.getByRole(AriaRole.TABLE)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(handle))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(handle)))
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        signIn(page, Role.VIEWER);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(handle)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit")))
                .hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Platform A")))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import from Excel")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export to Excel")))
                .isVisible();
        page.context().close();
    }

    private void signIn(Page page, Role role) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Token"))
                .fill(tokens.issue("staff-" + role.label(), role, Duration.ofHours(1)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
                .isVisible();
    }
}
