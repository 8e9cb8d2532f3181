package dev.roster.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.bootstrap.config.FakeSitePlatforms;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Reports page (리포트) in Debian's Chromium against {@code roster.jar serve}, whose platform a reads the fake
 * platform site's posts and comments over real HTTP: staff verify a campaign's posts from a Korean workbook and analyse
 * a post's comments, follow each job, read its figures and open the result file, as they would in Excel. A server of
 * its own: the platform definitions that read the fake site would change what every other screen test expects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiReportsIT {

    private FakePlatformSite site;
    private ServerProcess server;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        site = FakePlatformSite.start(100);
        Path dir = Files.createTempDirectory("roster-web-reports");
        Path platforms = FakeSitePlatforms.write(
                dir.resolve("platforms.yaml"),
                site,
                Map.of("every", "P1D", "ratePerMinute", "600", "concurrency", "2", "timeout", "PT15S"),
                Map.of("collector", "office"));
        server = ServerProcess.start(
                List.of(
                        "--port",
                        "0",
                        "--data-dir",
                        dir.resolve("data").toString(),
                        "--platforms-file",
                        platforms.toString()),
                Duration.ofSeconds(90));
        browser = new Browser();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(Duration.ofSeconds(20));
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void verifiesACampaignsPostsFromAKoreanWorkbookAndHandsBackTheRowsWithEachStatus() throws Exception {
        // The slow post answers after 10 s, so the job is seen in progress before its figures.
        Map<String, String> posts = new LinkedHashMap<>();
        posts.put("live", "게시중");
        posts.put("notice", "삭제됨");
        posts.put("gone", "삭제됨");
        posts.put("private", "비공개");
        posts.put("login", "제한됨");
        posts.put("down", "확인 불가");
        posts.put("someone-else", "게시중");
        posts.put("slow", "게시중");
        List<List<String>> rows = new ArrayList<>();
        posts.keySet()
                .forEach(post -> rows.add(List.of(
                        "캠페인 " + post,
                        site.profile("plain").toString(),
                        site.post(post).toString())));
        Path file = Files.createTempDirectory("roster-report").resolve("12월 캠페인.xlsx");
        Files.write(file, Workbooks.of(List.of("이름", "프로필 URL", "게시물 URL"), rows));
        Page page = open("/reports?lang=ko", Browser.Screen.DESKTOP);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("리포트")))
                .isVisible();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("플랫폼"))
                .selectOption("a");
        Locator verification = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("게시물 검증"));
        verification.getByLabel("파일").setInputFiles(file);
        verification
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("검증 시작"))
                .click();

        Locator progress = verification.getByRole(AriaRole.PROGRESSBAR, new Locator.GetByRoleOptions().setName("처리 중"));
        assertThat(progress).isVisible();
        assertThat(verification.getByText(Pattern.compile("처리 중 · \\d+ / 8행"))).isVisible();
        assertThat(progress.boundingBox().width)
                .as("the bar spans the card")
                .isGreaterThan(verification.boundingBox().width / 2);
        Browser.screenshot(page, "reports-post-check-progress-ko-desktop");
        Locator summary =
                verification.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("리포트를 마쳤습니다."));
        assertThat(summary).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        for (String[] figure :
                new String[][] {{"전체", "8"}, {"게시중", "3"}, {"삭제됨", "2"}, {"비공개", "1"}, {"제한됨", "1"}, {"확인 불가", "1"}}) {
            assertFigure(summary, figure[0], figure[1]);
        }
        Browser.screenshot(page, "reports-post-check-ko-desktop");
        browser.assertAccessible(page, "the reports page with a post verification's figures");

        Download result = page.waitForDownload(() -> verification
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("결과 파일 내려받기"))
                .click());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(result.path())))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = texts(sheet.getRow(0));
            assertThat(header.subList(0, 3)).containsExactly("이름", "프로필 URL", "게시물 URL");
            assertThat(header).contains("팔로워", "측정 시각", "게시물 상태", "사유", "확인 시각");
            int status = header.indexOf("게시물 상태");
            int reason = header.indexOf("사유");
            int followers = header.indexOf("팔로워");
            Map<String, Row> byName = new LinkedHashMap<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                byName.put(text(sheet.getRow(i).getCell(0)), sheet.getRow(i));
            }
            assertThat(byName).hasSize(posts.size());
            posts.forEach((post, expected) -> {
                Row row = byName.get("캠페인 " + post);
                assertThat(text(row.getCell(status))).as(post).isEqualTo(expected);
                assertThat(row.getCell(followers).getNumericCellValue())
                        .as(post)
                        .isEqualTo(1234);
                assertThat(highlighted(row)).as("row of %s highlighted", post).isEqualTo(!expected.equals("게시중"));
            });
            assertThat(text(byName.get("캠페인 someone-else").getCell(reason))).contains("kilo");
            assertThat(text(byName.get("캠페인 down").getCell(reason))).contains("503");
        }
        page.context().close();
    }

    @Test
    void analysesThePostsCommentsFromTheirUrlsAndHandsBackThreeSheets() throws Exception {
        Page page = open("/reports?lang=ko", Browser.Screen.DESKTOP);
        Locator analysis = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("댓글 분석"));

        analysis.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("게시물 URL"))
                .fill(site.post("thread") + "\n" + site.post("long") + "\n");
        analysis.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("분석 시작"))
                .click();

        Locator summary =
                analysis.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("리포트를 마쳤습니다."));
        assertThat(summary).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        // thread: 4 comments on 2 pages; long: its first 3 pages (maxPages), one comment each.
        assertFigure(summary, "게시물", "2");
        assertFigure(summary, "댓글", "7");
        Browser.screenshot(page, "reports-comments-ko-desktop");
        browser.assertAccessible(page, "the reports page with a comment analysis's figures");

        Download result = page.waitForDownload(
                () -> analysis.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("결과 파일 내려받기"))
                        .click());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(result.path())))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("댓글", "URL", "게시물");
            Sheet comments = workbook.getSheetAt(0);
            assertThat(comments.getLastRowNum()).isEqualTo(7);
            assertThat(cells(comments)).contains("www.brand.co.kr", "=HYPERLINK(\"http://evil.example\") 두 번째 댓글");
            assertThat(cells(workbook.getSheetAt(2))).contains("게시중", "truncated");
        }
        page.context().close();
    }

    private Page open(String path, Browser.Screen screen) {
        Page page = browser.page(screen);
        page.navigate(server.url().resolve(path).toString());
        return page;
    }

    /** A figure of a report's summary: its label, then its count. */
    private static void assertFigure(Locator summary, String label, String count) {
        assertThat(summary.getByText(label, new Locator.GetByTextOptions().setExact(false))
                        .first())
                .hasText(Pattern.compile(label + "\\s*" + count));
    }

    private static List<String> cells(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        sheet.forEach(row -> cells.addAll(texts(row)));
        return cells;
    }

    /** Whether the row's first cell is filled, as Roster marks a row that needs a look. */
    private static boolean highlighted(Row row) {
        return row.getCell(0).getCellStyle().getFillPattern() != FillPatternType.NO_FILL;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(text(cell)));
        return texts;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
