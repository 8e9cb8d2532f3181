package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.http.client.JdkHttpExchange;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.bootstrap.config.FakeSitePlatforms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Metric collection end to end: {@code roster.jar serve} with a platform definitions file collects platform a from the
 * fake platform site on its own timer (http source), and {@code roster.jar collect --once}, as the office collector,
 * reads platform b's JavaScript-drawn pages in the real Chromium and posts them back.
 */
class PackagedServerCollectsMetricsIT {

    private static FakePlatformSite site;
    private static Path dir;
    private static Path platforms;
    private static ServerProcess server;
    private static RosterClient client;

    @BeforeAll
    static void startSiteAndServer() throws Exception {
        site = FakePlatformSite.start(100);
        dir = Files.createTempDirectory("roster-collect");
        platforms = FakeSitePlatforms.write(
                dir.resolve("platforms.yaml"),
                site,
                Map.of("every", "P1D", "ratePerMinute", "600", "concurrency", "2"),
                Map.of(
                        "collector",
                        "office",
                        "every",
                        "PT12H",
                        "ratePerMinute",
                        "120",
                        "concurrency",
                        "2",
                        "timeout",
                        "PT5S"));
        server = ServerProcess.start(
                List.of(
                        "--port",
                        "0",
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--platforms-file",
                        platforms.toString(),
                        "--collect-tick",
                        "PT1S"),
                Duration.ofSeconds(90));
        client = new RosterClient(new JdkHttpExchange(server.url(), Duration.ofSeconds(20)), new JsonCodec(), null);
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (server != null) {
            server.stop(Duration.ofSeconds(20));
        }
        site.close();
    }

    @Test
    void theServerCollectsDueAccountsOnItsTimerAndRecordsWhyOthersFailed() {
        String plain = register("a", "plain", "010-5000-0001");
        String man = register("a", "man", "010-5000-0002");
        String closed = register("a", "private", "010-5000-0003");
        String nobody = register("a", "nobody", "010-5000-0004");

        AccountDto plainAccount = await("a", plain, account -> account.metrics() != null);
        AccountDto manAccount = await("a", man, account -> account.metrics() != null);
        AccountDto closedAccount = await("a", closed, account -> account.lastCollection() != null);
        AccountDto missingAccount = await("a", nobody, account -> account.lastCollection() != null);

        assertThat(plainAccount.metrics()).containsEntry("followers", 1234).containsEntry("dailyVisitors", 56);
        assertThat(manAccount.metrics()).containsEntry("followers", 12000).containsEntry("dailyVisitors", 3400);
        assertThat(closedAccount.lastCollection().status()).isEqualTo("private");
        assertThat(missingAccount.lastCollection().status()).isEqualTo("not_found");
        assertThat(client.history("a", plain, 10)).hasSize(1);
        assertThat(server.output()).anyMatch(line -> line.contains("collection: queued"));
    }

    @Test
    void theOfficeCollectorReadsJavaScriptPagesInChromiumAndPostsThemBack() throws Exception {
        String scripted = register("b", "scripted", "010-6000-0001");
        String kilo = register("b", "kilo", "010-6000-0002");

        Run first = collectOnce();
        Run second = collectOnce();

        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output())
                .contains("scripted")
                .contains("followers=8800")
                .contains("2 collected, 0 failed");
        assertThat(client.account("b", scripted).metrics()).containsEntry("followers", 8800);
        assertThat(client.account("b", kilo).metrics()).containsEntry("followers", 12300);
        assertThat(second.exit()).isZero();
        assertThat(second.output()).contains("0 collected, 0 failed");
    }

    @Test
    void theOfficeCollectorWithoutAFileReadsPagesByTheServersDefinitions() throws Exception {
        // The fake site draws a "user…" profile with 100 followers a letter of its handle.
        String served = register("b", "userserverdefs", "010-6000-0003");

        Run run = collect(List.of());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("userserverdefs").contains("followers=1400");
        assertThat(client.account("b", served).metrics()).containsEntry("followers", 1400);
    }

    private record Run(int exit, String output) {}

    private static Run collectOnce() throws IOException, InterruptedException {
        return collect(List.of("--platforms-file", platforms.toString()));
    }

    /** {@code roster collect --once} for platform b, with {@code definitions} saying where its definitions come from. */
    private static Run collect(List<String> definitions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-jar",
                Path.of("target", "roster.jar").toString(),
                "collect",
                "--server",
                server.url().toString(),
                "--platform",
                "b",
                "--once",
                // The tests run as root in CI, where Chromium cannot keep its sandbox; a collector refuses without
                // this.
                "--allow-root-browser"));
        command.addAll(definitions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("ROSTER_PLATFORMS_FILE");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("roster collect --once did not finish within 120 s");
        }
        return new Run(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String register(String platform, String handle, String phone) {
        return client.register(platform, new RegisterAccountRequest("수집 " + handle, phone, handle, null, null, null))
                .id();
    }

    /** The account once {@code ready} holds, polled for up to a minute (the timer ticks every second). */
    private static AccountDto await(String platform, String id, Predicate<AccountDto> ready) {
        Instant giveUp = Instant.now().plusSeconds(60);
        AccountDto account = client.account(platform, id);
        while (!ready.test(account) && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", interrupted);
            }
            account = client.account(platform, id);
        }
        assertThat(ready)
                .as(
                        "account %s of %s within a minute; server said:%n%s",
                        id, platform, String.join("\n", server.output()))
                .accepts(account);
        return account;
    }
}
