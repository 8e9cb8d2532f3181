package dev.roster.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.roster.adapters.excel.pdf.TestPdfs;
import dev.roster.adapters.http.client.JdkHttpExchange;
import dev.roster.adapters.http.client.RosterApiException;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.dto.AccountChanges;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.CollectionReportRequest;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.application.port.SheetRow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The web UI in Debian's Chromium against {@code roster.jar serve} on the embedded store, as staff use it: found by
 * the roles and names a person (and a screen reader) sees, in Korean and in English, on a desktop and on a phone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiIT {

    private ServerProcess server;
    private Browser browser;
    private RosterClient api;

    @BeforeAll
    void start() throws Exception {
        // Workbooks over 20 rows run as a job, so the progress bar's path is taken without a huge file.
        server = ServerProcess.start(
                List.of(
                        "--port",
                        "0",
                        "--data-dir",
                        Files.createTempDirectory("roster-web").toString(),
                        "--import-sync-rows",
                        "20"),
                Duration.ofSeconds(90));
        browser = new Browser();
        api = new RosterClient(new JdkHttpExchange(server.url(), Duration.ofSeconds(20)), new JsonCodec(), null);
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

    @ParameterizedTest(name = "in {0}")
    @CsvSource({
        "ko, 계정 추가, 이름, 연락처, 계정명, 저장, 검색, 다른 플랫폼, 민서, 김민서",
        "en, Add account, Name, Phone, Handle, Save, Search, Other platforms, Hana, Hana Lee"
    })
    void registersSearchesAndFindsThePersonsAccountOnTheOtherPlatform(
            String lang,
            String add,
            String name,
            String phone,
            String handle,
            String save,
            String search,
            String otherPlatforms,
            String query,
            String person) {
        Page page = open("/?lang=" + lang, Browser.Screen.DESKTOP);
        String onA = lang + ".first";
        String onB = lang + ".second";
        String number = lang.equals("ko") ? "010-2222-1001" : "010-2222-1002";

        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Platform A")))
                .hasAttribute("aria-selected", "true");
        register(page, add, name, phone, handle, save, person, number, onA);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(onA)))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Platform A")))
                .first()
                .click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Platform B"))
                .click();
        register(page, add, name, phone, handle, save, person, number, onB);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Platform B")))
                .first()
                .click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Platform A"))
                .click();
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName(search))
                .pressSequentially(query);
        Locator table = page.getByRole(AriaRole.TABLE);
        assertThat(table).not().hasAttribute("aria-busy", "true");
        for (String header : headers(lang)) {
            assertThat(table.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName(header)))
                    .isVisible();
        }
        Locator row = table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(onA));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(person);
        assertThat(row).containsText(onB);
        Browser.screenshot(page, "accounts-" + lang + "-desktop");
        browser.assertAccessible(page, "the accounts screen (" + lang + ")");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(onA))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(onA)))
                .isVisible();
        Locator others = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(otherPlatforms));
        assertThat(others.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(onB)))
                .isVisible();
        Browser.screenshot(page, "account-" + lang + "-desktop");
        browser.assertAccessible(page, "the account page (" + lang + ")");

        others.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(onB))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(onB)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(otherPlatforms))
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(onA)))
                .isVisible();
        page.context().close();
    }

    @Test
    void showsEveryFieldErrorAtOnceAsTheFieldsDescription() {
        Page page = open("/platforms/a?lang=en", Browser.Screen.DESKTOP);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add account"))
                .click();
        Locator form = page.getByRole(AriaRole.DIALOG);
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Name"))
                .fill("오류 검사");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Phone"))
                .fill("12");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Handle"))
                .fill("errors.shown");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Email"))
                .fill("not-an-email");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();

        Locator phone = form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Phone"));
        Locator email = form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Email"));
        assertThat(phone).hasAccessibleDescription(Pattern.compile("not a valid phone number"));
        assertThat(email).hasAccessibleDescription(Pattern.compile("email"));
        assertThat(phone).hasAttribute("aria-invalid", "true");
        Browser.screenshot(page, "add-account-errors-en-desktop");
        browser.assertAccessible(page, "the add form with errors");
        page.context().close();
    }

    @Test
    void saysSomeoneElseChangedItOnAStaleEditAndReloads() {
        AccountDto account = api.register(
                "a", new RegisterAccountRequest("동시 편집", "010-3333-1001", "conflict.me", null, null, null));
        Page page = open("/platforms/a/accounts/" + account.id() + "?lang=en", Browser.Screen.DESKTOP);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit"))
                .click();
        Locator form = page.getByRole(AriaRole.DIALOG);
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Notes"))
                .fill("mine");

        api.change("a", account.id(), new AccountChanges(account.version(), null, null, null, "theirs"));
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(form.getByRole(AriaRole.ALERT)).containsText("someone else changed it");
        Browser.screenshot(page, "edit-conflict-en-desktop");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload"))
                .click();
        Locator notes = form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Notes"));
        assertThat(notes).hasValue("theirs");
        notes.fill("theirs and mine");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByText("theirs and mine")).isVisible();
        assertThat(api.account("a", account.id()).notes()).isEqualTo("theirs and mine");
        page.context().close();
    }

    @Test
    void editsThePersonFromTheAccountPage() {
        AccountDto account =
                api.register("b", new RegisterAccountRequest("이름 고침", "010-3333-2001", "rename.me", null, null, null));
        Page page = open("/platforms/b/accounts/" + account.id() + "?lang=ko", Browser.Screen.DESKTOP);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("수정"))
                .click();
        Locator form = page.getByRole(AriaRole.DIALOG);
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("이름"))
                .fill("이름 고쳤음");
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("연락처"))
                .fill("010-3333-2002");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("저장"))
                .click();

        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByText("010-3333-2002")).isVisible();
        assertThat(api.account("b", account.id()).influencer().name()).isEqualTo("이름 고쳤음");
        page.context().close();
    }

    @Test
    void filesDownloadsAndDeletesAConsentFormOnTheAccountPage() throws Exception {
        AccountDto account =
                api.register("a", new RegisterAccountRequest("동의 박", "010-7777-0001", "consent.web", null, null, null));
        byte[] signed = TestPdfs.signedForm();
        Path pdf = Files.createTempDirectory("roster-consent").resolve("박 동의서.pdf");
        Files.write(pdf, signed);
        Page page = open("/platforms/a/accounts/" + account.id() + "?lang=ko", Browser.Screen.DESKTOP);
        Locator panel = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("동의서"));
        assertThat(panel.getByText("등록된 동의서가 없습니다.")).isVisible();

        panel.getByLabel("동의서 PDF").setInputFiles(pdf);
        panel.getByLabel("동의서 서명일").fill("2026-03-02");
        panel.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("메모"))
                .fill("원본은 사무실 금고");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("동의서 올리기"))
                .click();

        assertThat(panel.getByText("동의서 있음 · 서명일 2026-03-02")).isVisible();
        Locator table = panel.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("동의서"));
        assertThat(table.getByRole(
                        AriaRole.CELL,
                        new Locator.GetByRoleOptions().setName("박 동의서.pdf").setExact(true)))
                .isVisible();
        assertThat(table.getByText("원본은 사무실 금고")).isVisible();
        Browser.screenshot(page, "consent-ko-desktop");
        browser.assertAccessible(page, "the account page with a consent form on file");
        Download download = page.waitForDownload(
                () -> table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("박 동의서.pdf 내려받기"))
                        .click());
        assertThat(Files.readAllBytes(download.path())).isEqualTo(signed);
        assertThat(api.account("a", account.id()).consentSignedOn()).hasToString("2026-03-02");

        Page list = open("/platforms/a?lang=ko&q=consent.web", Browser.Screen.DESKTOP);
        Locator results = list.getByRole(AriaRole.TABLE);
        assertThat(results.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("동의서 있음")))
                .isVisible();
        assertThat(results.getByRole(
                        AriaRole.CELL,
                        new Locator.GetByRoleOptions().setName("2026-03-02").setExact(true)))
                .isVisible();
        list.context().close();

        table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("박 동의서.pdf 삭제"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("이 동의서를 삭제할까요?"));
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("삭제"))
                .click();
        assertThat(panel.getByText("등록된 동의서가 없습니다.")).isVisible();
        assertThat(api.listConsentForms(account.influencer().id())).isEmpty();
        page.context().close();
    }

    @Test
    void refusesAFileThatIsNotAPdfInKorean() throws Exception {
        AccountDto account =
                api.register("a", new RegisterAccountRequest("동의 최", "010-7777-0002", "consent.png", null, null, null));
        Path png = Files.createTempDirectory("roster-consent").resolve("scan.pdf");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
        Page page = open("/platforms/a/accounts/" + account.id() + "?lang=ko", Browser.Screen.PHONE);
        Locator panel = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("동의서"));

        panel.getByLabel("동의서 PDF").setInputFiles(png);
        panel.getByLabel("동의서 서명일").fill("2026-03-02");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("동의서 올리기"))
                .click();

        assertThat(panel.getByRole(AriaRole.ALERT)).containsText("PDF 파일만 올릴 수 있습니다.");
        Browser.screenshot(page, "consent-refused-ko-phone");
        assertThat(api.listConsentForms(account.influencer().id())).isEmpty();
        page.context().close();
    }

    @Test
    void importsAWorkbookWithBadRowsAndHandsBackTheErrorFile() throws Exception {
        byte[] workbook = Workbooks.of(
                List.of("이름", "연락처", "계정명"),
                List.of(
                        List.of("가져오기 하나", "010-4444-0001", "import.one"),
                        List.of("가져오기 둘", "010-4444-0002", "import.two"),
                        List.of("가져오기 셋", "010-4444-0003", "import.three"),
                        List.of("", "010-4444-0004", "import.noname"),
                        List.of("가져오기 다섯", "not a phone", "import.five")));
        Path file = Files.createTempDirectory("roster-import").resolve("명단.xlsx");
        Files.write(file, workbook);
        Page page = open("/platforms/a?lang=en", Browser.Screen.DESKTOP);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import from Excel"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Workbook").setInputFiles(file);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload"))
                .click();

        assertThat(dialog.getByText("Total")).hasText(Pattern.compile("Total\\s*5"));
        assertThat(dialog.getByText("Succeeded")).hasText(Pattern.compile("Succeeded\\s*3"));
        assertThat(dialog.getByText("Failed", new Locator.GetByTextOptions().setExact(false))
                        .last())
                .hasText(Pattern.compile("Failed\\s*2"));
        Browser.screenshot(page, "import-result-en-desktop");
        browser.assertAccessible(page, "the import dialog with its summary");
        Download errors = page.waitForDownload(
                () -> dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download error file"))
                        .click());
        List<SheetRow> rows = Workbooks.read(Files.readAllBytes(errors.path()));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).contains("import.noname");
        assertThat(rows.get(2).cells()).contains("import.five");
        page.context().close();
    }

    @Test
    void followsALargeImportWithAProgressBarUntilItsSummary() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        IntStream.rangeClosed(1, 60)
                .forEach(i -> rows.add(List.of("대량 " + i, String.format("010-5555-%04d", i), "bulk." + i)));
        Path file = Files.createTempDirectory("roster-import").resolve("large.xlsx");
        Files.write(file, Workbooks.of(List.of("Name", "Phone", "Handle"), rows));
        Page page = open("/platforms/b?lang=ko", Browser.Screen.DESKTOP);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("엑셀 가져오기"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("파일").setInputFiles(file);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("업로드"))
                .click();

        assertThat(dialog.getByText("전체"))
                .hasText(
                        Pattern.compile("전체\\s*60"),
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(dialog.getByText("실패")).hasText(Pattern.compile("실패\\s*0"));
        assertThat(dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("오류 파일 내려받기")))
                .hasCount(0);
        page.context().close();
    }

    @Test
    void exportsTheCurrentSearchToExcelAndDownloadsTheTemplate() throws Exception {
        api.register("a", new RegisterAccountRequest("내보내기 대상", "010-6666-0001", "export.me", null, null, null));
        api.register("a", new RegisterAccountRequest("다른 사람", "010-6666-0002", "not.exported", null, null, null));
        Page page = open("/platforms/a?lang=ko", Browser.Screen.DESKTOP);
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("검색"))
                .fill("내보내기");
        assertThat(page.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW)).hasCount(2);

        Download export = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("엑셀로 내보내기"))
                        .click());
        assertThat(export.suggestedFilename()).endsWith(".xlsx");
        List<SheetRow> rows = Workbooks.read(Files.readAllBytes(export.path()));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).contains("export.me");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("엑셀 가져오기"))
                .click();
        Download template = page.waitForDownload(() -> page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("양식 내려받기"))
                .click());
        assertThat(Workbooks.read(Files.readAllBytes(template.path())).get(0).cells())
                .contains("계정명");
        Browser.screenshot(page, "import-dialog-ko-desktop");
        page.context().close();
    }

    @Test
    void deletesAnAccountOnlyAfterConfirmingInADialog() {
        AccountDto account =
                api.register("a", new RegisterAccountRequest("삭제 대상", "010-7777-0001", "delete.me", null, null, null));
        Page page = open("/platforms/a/accounts/" + account.id() + "?lang=en", Browser.Screen.DESKTOP);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Browser.screenshot(page, "delete-dialog-en-desktop");
        browser.assertAccessible(page, "the delete dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("delete.me")))
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete"))
                .click();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();

        assertThat(page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search")))
                .isVisible();
        assertThat(page).hasURL(Pattern.compile("/platforms/a$"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> api.account("a", account.id()))
                .isInstanceOf(RosterApiException.class);
        page.context().close();
    }

    @Test
    void worksWithTheKeyboardAloneAndDoesNotShiftWhileResultsLoad() {
        api.register("a", new RegisterAccountRequest("키보드 사용자", "010-8888-0001", "keyboard.only", null, null, null));
        Page page = open("/platforms/a?lang=ko", Browser.Screen.DESKTOP);
        assertThat(page.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW).nth(1))
                .isVisible();
        page.evaluate("() => { window.__shift = 0; new PerformanceObserver(list => { for (const e of list.getEntries())"
                + " window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: false }); }");

        page.keyboard().type("키보드");
        assertThat(page.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW)).hasCount(2);
        page.waitForTimeout(300);
        double shift = ((Number) page.evaluate("() => window.__shift")).doubleValue();
        assertThat(shift).as("layout shift while results loaded").isLessThan(0.01);

        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("keyboard.only"));
        for (int i = 0; i < 20 && !(Boolean) link.evaluate("el => el === document.activeElement"); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(link).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("keyboard.only")))
                .isVisible();

        Locator edit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("수정"));
        edit.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.DIALOG)).isVisible();
        assertThat(page.getByRole(AriaRole.DIALOG)
                        .getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("이름")))
                .isFocused();
        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(edit).isFocused();
        page.context().close();
    }

    @Test
    void drawsTheMetricHistoryAndTheLastCollection() {
        AccountDto account =
                api.register("a", new RegisterAccountRequest("지표 추이", "010-9999-1001", "chart.me", null, null, null));
        Instant start = Instant.now().minus(Duration.ofDays(7));
        for (int day = 0; day < 7; day++) {
            api.report(
                    "a",
                    account.id(),
                    CollectionReportRequest.metrics(
                            start.plus(Duration.ofDays(day)),
                            Map.of("followers", 12_000L + day * 350L, "dailyVisitors", 800L + (day % 3) * 120L)));
        }
        api.report(
                "a", account.id(), CollectionReportRequest.failure(Instant.now(), "private", "The profile is private"));
        Page page = open("/platforms/a/accounts/" + account.id() + "?lang=ko", Browser.Screen.DESKTOP);

        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("팔로워와 일 방문자 추이 그래프")))
                .isVisible();
        assertThat(page.locator(".chart canvas")).hasCount(1);
        assertThat(page.getByText("14,100")).isVisible();
        assertThat(page.getByText("비공개 계정")).isVisible();
        assertThat(page.getByText("The profile is private")).isVisible();
        Browser.screenshot(page, "account-chart-ko-desktop");
        browser.assertAccessible(page, "the account page with its chart");
        page.context().close();
    }

    @Test
    void fitsAPhoneScreen() {
        AccountDto account = api.register(
                "a",
                new RegisterAccountRequest(
                        "휴대폰 화면",
                        "010-9999-0001",
                        "phone.screen",
                        "https://blog.example/phone.screen",
                        "phone@example.com",
                        "390 px"));
        Page list = open("/platforms/a?lang=ko", Browser.Screen.PHONE);
        assertThat(list.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("검색")))
                .isVisible();
        assertThat(list.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW).nth(1))
                .isVisible();
        assertThat(((Number) list.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling of the page itself")
                .isLessThanOrEqualTo(390);
        Browser.screenshot(list, "accounts-ko-phone");
        browser.assertAccessible(list, "the accounts screen on a phone");

        Page page = open("/platforms/a/accounts/" + account.id() + "?lang=ko", Browser.Screen.PHONE);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("phone.screen")))
                .isVisible();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(390);
        Browser.screenshot(page, "account-ko-phone");
        list.context().close();
        page.context().close();
    }

    @Test
    void servesTheAppForClientRoutesAndItsFilesWithTheRightCaching() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> route = http.send(
                HttpRequest.newBuilder(server.url().resolve("/platforms/b/accounts/x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> config = http.send(
                HttpRequest.newBuilder(server.url().resolve("/config.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        String script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"")
                .matcher(route.body())
                .results()
                .map(match -> match.group(1))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> asset = http.send(
                HttpRequest.newBuilder(server.url().resolve(URI.create(script))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(route.statusCode()).isEqualTo(200);
        assertThat(route.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(route.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'");
        assertThat(config.body()).contains("\"mode\":\"none\"");
        assertThat(asset.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(asset.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
    }

    private Page open(String path, Browser.Screen screen) {
        Page page = browser.page(screen);
        page.navigate(server.url().resolve(path).toString());
        return page;
    }

    private static void register(
            Page page,
            String add,
            String name,
            String phone,
            String handle,
            String save,
            String person,
            String number,
            String account) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(add))
                .click();
        Locator form = page.getByRole(AriaRole.DIALOG);
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName(name))
                .fill(person);
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName(phone))
                .fill(number);
        form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName(handle))
                .fill(account);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(save))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(account)))
                .isVisible();
    }

    private static List<String> headers(String lang) {
        return lang.equals("ko") ? List.of("이름", "계정명", "팔로워") : List.of("Name", "Handle", "Followers");
    }
}
