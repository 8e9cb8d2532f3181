package dev.roster.application.spreadsheet;

import static dev.roster.application.testkit.TextSheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.job.JobView;
import dev.roster.application.job.RunDeliveredJob;
import dev.roster.application.port.JobDelivery;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.query.AccountView;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryJobQueue;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.RecordingMeter;
import dev.roster.application.testkit.SteppingClock;
import dev.roster.application.testkit.TextSheets;
import dev.roster.application.validation.InputRules;
import dev.roster.domain.job.JobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportAccountsTest {

    private static final InputRules RULES = InputRules.withDefaultProvider();

    private final InMemoryStorage storage = new InMemoryStorage();
    private final SteppingClock clock = SteppingClock.fromNewYear();
    private final InMemoryFileStore files = new InMemoryFileStore(clock);
    private final InMemoryJobQueue queue = new InMemoryJobQueue();
    private final TextSheets sheets = new TextSheets();
    private final RecordingMeter meter = new RecordingMeter();
    private final Roster roster = Roster.builder()
            .storage(storage)
            .meter(meter)
            .clock(clock)
            .inputRules(RULES)
            .files(files)
            .spreadsheets(sheets, sheets, queue)
            .importSettings(new ImportSettings(3, 10, 1_000_000, Duration.ofHours(1)))
            .build();

    @Test
    void savesTheValidRowsAndReportsTheOthersWithTheirCulprits() {
        ImportReport report = imported(sheet(
                "Phone\tName\tHandle\tE-mail\tRegion",
                "010-1111-2222\t김민지\tminji\t\t서울",
                "12\tLee\tlee\tnope\t부산",
                "1012345678\t Park \tpark\tpark@example.com\t"));

        assertThat(report.total()).isEqualTo(3);
        assertThat(report.success()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.errorFileUrl()).isNotNull();
        TextSheets.Written errors = sheets.lastWritten();
        assertThat(errors.columns())
                .extracting(column -> column.label())
                .containsExactly("Phone", "Name", "Handle", "E-mail", "Region", "Error");
        SheetOutputRow failed = errors.rows().get(0);
        assertThat(failed.values().subList(0, 5)).containsExactly("12", "Lee", "lee", "nope", "부산");
        assertThat((String) failed.values().get(5))
                .contains("Phone is not a valid phone number")
                .contains("E-mail");
        assertThat(failed.flagged()).isTrue();
        assertThat(failed.culprits()).containsExactlyInAnyOrder(0, 3);
        assertThat(handles()).containsExactlyInAnyOrder("minji", "park");
        assertThat(meter.calls()).as("one count per import, not per row").containsExactly("imported a 2 1");
    }

    @Test
    void findsAKoreanHeaderBelowTitleRowsAndAnswersInKorean() {
        ImportReport report = imported(sheet(
                "2024 인플루언서 명단",
                "",
                "담당: 김과장",
                "연락처\t 이름 \t계정명\t프로필 URL\t메모",
                "010-1111-2222\t김민지\tminji\tftp://x\t",
                "010-3333-4444\t이서연\tseoyeon\thttps://blog.example/s\t협찬"));

        assertThat(report.success()).isEqualTo(1);
        assertThat(sheets.lastWritten().columns())
                .extracting(column -> column.label())
                .containsExactly("연락처", " 이름 ", "계정명", "프로필 URL", "메모", "오류");
        assertThat((String) sheets.lastWritten().rows().get(0).values().get(5)).startsWith("프로필 URL ");
    }

    @Test
    void failsALaterRowWhoseHandleRepeatsAnEarlierOne() {
        imported(sheet("Name\tPhone\tHandle", "Kim\t010-1111-2222\tSame", "Lee\t010-3333-4444\tsame"));

        assertThat((String) sheets.lastWritten().rows().get(0).values().get(3))
                .isEqualTo("Handle same already appears in row 2 of this file");
    }

    @Test
    void failsAHandleAlreadyRegisteredUnlessUpserting() {
        roster.accounts().register(new RegisterAccountCommand("a", "Kim", "010-1111-2222", "kim", null, null, null));
        byte[] file =
                sheet("Name\tPhone\tHandle\tNotes", "Kim\t010-1111-2222\tkim\tupdated", "Lee\t010-3333-4444\tKIM\t");

        ImportReport refused = imported(file);
        assertThat(refused.failed()).isEqualTo(2);
        assertThat(sheets.lastWritten().rows())
                .extracting(row -> (String) row.values().get(4))
                .containsExactly(
                        "Handle kim is already registered on Platform A",
                        "Handle KIM already appears in row 2 of this file");

        ImportReport upserted = ((ImportOutcome.Imported)
                        roster.spreadsheets().importFile(new ImportAccountsCommand("a", file, true)))
                .report();
        assertThat(upserted.success()).isEqualTo(1);
        assertThat(account("kim").account().details().notes()).isEqualTo("updated");
    }

    @Test
    void upsertRefusesToMoveAnAccountToAnotherPerson() {
        roster.accounts().register(new RegisterAccountCommand("a", "Kim", "010-1111-2222", "kim", null, null, null));

        ImportReport report = ((ImportOutcome.Imported) roster.spreadsheets()
                        .importFile(new ImportAccountsCommand(
                                "a", sheet("Name\tPhone\tHandle", "Lee\t010-3333-4444\tkim"), true)))
                .report();

        assertThat(report.failed()).isEqualTo(1);
        assertThat((String) sheets.lastWritten().rows().get(0).values().get(3))
                .contains("is registered to another influencer (Kim)");
    }

    @Test
    void attachesRowsOfOneNameAndPhoneToOneInfluencer() {
        imported(sheet("Name\tPhone\tHandle", "Kim\t010-1111-2222\tkim1", "Kim\t+82 10 1111 2222\tkim2"));

        assertThat(account("kim1").influencer().id())
                .isEqualTo(account("kim2").influencer().id());
    }

    @Test
    void refusesAFileMissingARequiredColumnAndSavesNothing() {
        assertThatThrownBy(() -> imported(sheet("Name\tHandle\tEmail", "Kim\tkim\t")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(error -> error.message())
                                .singleElement()
                                .asString()
                                .contains("Phone/연락처"));
        assertThatThrownBy(() -> imported(sheet("title", "a\tb", "Kim\tkim")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has no header row");
        assertThat(handles()).isEmpty();
    }

    @Test
    void refusesARowWithAValueRightOfTheHeaderAndSavesNothing() {
        assertThatThrownBy(() -> imported(
                        sheet("Name\tPhone\tHandle", "Kim\t010-1111-2222\tkim\t\t", "Lee\t010-3333-4444\tlee\t\tnote")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors().get(0).message())
                                .isEqualTo("row 3 has a value in column E, right of the header's last column C; "
                                        + "remove what is right of the table and upload it again"));
        assertThat(handles()).isEmpty();
    }

    @Test
    void writesTheErrorFileInTheFilesOrderAcrossBatches() {
        String[] rows = new String[1_201];
        rows[0] = "Name\tPhone\tHandle";
        for (int i = 1; i < rows.length; i++) {
            // Every third row is invalid (no phone), every fifth repeats a handle seen earlier in the file.
            rows[i] = "P" + i + "\t" + (i % 3 == 0 ? "" : "010-1111-" + String.format("%04d", i)) + "\t"
                    + (i % 5 == 0 ? "h" + (i - 1) : "h" + i);
        }
        Roster large = Roster.builder()
                .storage(storage)
                .clock(clock)
                .inputRules(RULES)
                .files(files)
                .spreadsheets(sheets, sheets, queue)
                .importSettings(new ImportSettings(2_000, 2_000, 1_000_000, Duration.ofHours(1)))
                .build();

        ImportOutcome outcome = large.spreadsheets().importFile(new ImportAccountsCommand("a", sheet(rows), false));

        ImportReport report = ((ImportOutcome.Imported) outcome).report();
        List<String> failedNames = sheets.lastWritten().rows().stream()
                .map(row -> (String) row.values().get(0))
                .toList();
        assertThat(report.failed()).isEqualTo(failedNames.size());
        assertThat(failedNames)
                .isSortedAccordingTo(java.util.Comparator.comparingInt(name -> Integer.parseInt(name.substring(1))));
        assertThat(report.success() + report.failed()).isEqualTo(1_200);
    }

    @Test
    void refusesAnUnknownPlatformAndTooManyRows() {
        assertThatThrownBy(() -> roster.spreadsheets()
                        .importFile(new ImportAccountsCommand("zz", sheet("Name\tPhone\tHandle"), false)))
                .isInstanceOf(NotFoundException.class);
        String[] rows = new String[12];
        rows[0] = "Name\tPhone\tHandle";
        for (int i = 1; i < rows.length; i++) {
            rows[i] = "P" + i + "\t010-1111-22" + (10 + i) + "\th" + i;
        }
        assertThatThrownBy(() -> imported(sheet(rows)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 10 data rows");
        assertThat(handles()).isEmpty();
    }

    @Test
    void queuesALargeFileAndTheJobReportsLikeTheImportAtOnce() {
        ImportOutcome outcome = roster.spreadsheets()
                .importFile(new ImportAccountsCommand(
                        "a",
                        sheet(
                                "Name\tPhone\tHandle",
                                "A\t010-1111-2201\ta1",
                                "B\t010-1111-2202\ta2",
                                "C\t010-1111-2203\ta3",
                                "D\tbad\ta4"),
                        false));

        ImportOutcome.Queued queued = (ImportOutcome.Queued) outcome;
        assertThat(queued.rows()).isEqualTo(4);
        assertThat(roster.jobs().get(queued.job().value()).job().status()).isEqualTo(JobStatus.QUEUED);
        assertThat(roster.jobs().get(queued.job().value()).job().parameters()).containsEntry("rows", "4");
        assertThat(handles()).isEmpty();

        List<JobDelivery> deliveries = queue.receive(10, Duration.ofMinutes(5));
        assertThat(deliveries).hasSize(1);
        assertThat(roster.jobs().deliveredBy(queue).run(deliveries.get(0)))
                .isEqualTo(RunDeliveredJob.Outcome.SUCCEEDED);

        JobView view = roster.jobs().get(queued.job().value());
        assertThat(view.job().status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(view.job().progress().done()).isEqualTo(4);
        assertThat(view.result())
                .containsEntry("total", 4L)
                .containsEntry("success", 3L)
                .containsEntry("failed", 1L);
        assertThat((String) view.result().get("errorFileUrl")).startsWith("memory://files/imports/errors/");
        assertThat(handles()).containsExactlyInAnyOrder("a1", "a2", "a3");
        assertThat(queue.unsettled()).isZero();
        assertThat(roster.jobs().deliveredBy(queue).run(new JobDelivery(queued.job(), "again", 2)))
                .isEqualTo(RunDeliveredJob.Outcome.SKIPPED);
        assertThat(meter.calls())
                .as("the job's rows once, its run, and the delivery again that found it settled")
                .containsExactly("imported a 3 1", "job import succeeded", "job import skipped");
    }

    @Test
    void importsAWorkbookSentToAnUploadLinkAtOnceOrByAJobThatReadsItWhereItWasSent() {
        ImportUpload small = roster.spreadsheets().prepareUpload("a");
        files.upload(small.link(), sheet("Name\tPhone\tHandle", "A\t010-1111-2301\tup1", "B\tbad\tup2"));
        ImportUpload large = roster.spreadsheets().prepareUpload("a");
        files.upload(
                large.link(),
                sheet(
                        "Name\tPhone\tHandle",
                        "C\t010-1111-2303\tup3",
                        "D\t010-1111-2304\tup4",
                        "E\t010-1111-2305\tup5",
                        "F\t010-1111-2306\tup6"));

        ImportOutcome now = roster.spreadsheets().importUpload(new ImportUploadCommand("a", small.uploadId(), false));
        ImportOutcome later = roster.spreadsheets().importUpload(new ImportUploadCommand("a", large.uploadId(), false));
        roster.jobs()
                .deliveredBy(queue)
                .run(queue.receive(1, Duration.ofMinutes(5)).get(0));

        assertThat(small.uploadId()).isNotEqualTo(large.uploadId());
        assertThat(small.link().headers()).containsEntry("Content-Type", ErrorReport.XLSX);
        assertThat(small.link().expiresAt()).isAfter(clock.instant().plus(Duration.ofMinutes(10)));
        ImportReport report = ((ImportOutcome.Imported) now).report();
        assertThat(report.total()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(1);
        ImportOutcome.Queued queued = (ImportOutcome.Queued) later;
        assertThat(roster.jobs().get(queued.job().value()).job().parameters())
                .containsEntry("file", "imports/uploads/" + large.uploadId() + ".xlsx");
        assertThat(handles()).containsExactlyInAnyOrder("up1", "up3", "up4", "up5", "up6");
    }

    @Test
    void refusesToImportAnUploadThatIsNotThereOrNotOneOfOurs() {
        ImportUpload sentNothing = roster.spreadsheets().prepareUpload("a");
        ImportUpload tooLarge = roster.spreadsheets().prepareUpload("a");
        files.upload(tooLarge.link(), new byte[1_000_001]);

        assertThatThrownBy(() -> roster.spreadsheets().prepareUpload("zz")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        roster.spreadsheets().importUpload(new ImportUploadCommand("a", sentNothing.uploadId(), false)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        roster.spreadsheets().importUpload(new ImportUploadCommand("a", "../../etc/passwd", false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("uploadId");
        assertThatThrownBy(() ->
                        roster.spreadsheets().importUpload(new ImportUploadCommand("a", tooLarge.uploadId(), false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("larger than 1000000 bytes");
        assertThat(handles()).isEmpty();
    }

    @Test
    void theErrorFileUploadedAgainAfterFixingImportsExactlyThoseRows() {
        imported(sheet("Name\tPhone\tHandle\tNotes", "Kim\t010-1111-2222\tkim\t", "Lee\t12\tlee\tcall first"));
        List<SheetOutputRow> failed = sheets.lastWritten().rows();
        StringBuilder fixed = new StringBuilder("Name\tPhone\tHandle\tNotes\tError");
        for (SheetOutputRow row : failed) {
            fixed.append('\n')
                    .append(row.values().get(0))
                    .append("\t010-5555-6666\t")
                    .append(row.values().get(2))
                    .append('\t')
                    .append(row.values().get(3))
                    .append('\t')
                    .append(row.values().get(4));
        }

        ImportReport again = imported(fixed.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(again.total()).isEqualTo(1);
        assertThat(again.success()).isEqualTo(1);
        assertThat(again.errorFileUrl()).isNull();
        assertThat(account("lee").account().details().notes()).isEqualTo("call first");
    }

    @Test
    void exportsWhatASearchMatchesWithTheImportsLabels() {
        imported(sheet(
                "Name\tPhone\tHandle\tNotes",
                "김민지\t010-1111-2222\tminji\t=cmd|' /C calc'!A0",
                "Lee\t010-3333-4444\tlee\t"));
        roster.accounts()
                .register(new RegisterAccountCommand("b", "김민지", "010-1111-2222", "minji.b", null, null, null));

        var minji = account("minji").influencer().id();
        java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");
        storage.consentForms()
                .record(new dev.roster.domain.influencer.ConsentForm(
                        dev.roster.domain.influencer.ConsentFormId.next(now),
                        minji,
                        "consent/minji.pdf",
                        "minji.pdf",
                        10,
                        "a".repeat(64),
                        java.time.LocalDate.of(2025, 12, 24),
                        now,
                        null,
                        null,
                        false));

        roster.spreadsheets()
                .export(
                        new SearchAccountsCommand("a", null, null, null, "handle", null, null),
                        SheetLanguage.KOREAN,
                        new java.io.ByteArrayOutputStream());

        TextSheets.Written export = sheets.lastWritten();
        assertThat(export.columns())
                .extracting(column -> column.label())
                .containsExactly(
                        "이름",
                        "연락처",
                        "계정명",
                        "프로필 URL",
                        "이메일",
                        "메모",
                        "팔로워",
                        "일 방문자",
                        "측정일",
                        "Platform B 계정명",
                        "등록일",
                        "동의서 서명일");
        assertThat(export.columns().get(11).kind()).isEqualTo(dev.roster.application.port.SheetColumn.Kind.DATE);
        assertThat(export.rows().get(0).values().get(11)).isNull();
        assertThat(export.rows().get(1).values().get(11)).isEqualTo(java.time.LocalDate.of(2025, 12, 24));
        assertThat(export.rows()).hasSize(2);
        assertThat(export.rows().get(1).values().subList(0, 3)).containsExactly("김민지", "010-1111-2222", "minji");
        assertThat(export.rows().get(1).values().get(5)).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(export.rows().get(1).values().get(9)).isEqualTo("minji.b");
    }

    @Test
    void importsAnExportAgainIgnoringItsConsentColumn() {
        ImportReport report = imported(
                sheet("이름\t연락처\t계정명\t등록일\t동의서 서명일", "박서준\t010-5555-6666\tseojun\t2026-01-01 09:00\t2025-12-24"));

        assertThat(report.success()).isEqualTo(1);
        assertThat(account("seojun").hasConsent()).isFalse();
        assertThat(storage.consentForms().of(account("seojun").influencer().id()))
                .isEmpty();
    }

    @Test
    void writesATemplateWithTheCanonicalLabelsAndTypingAids() {
        roster.spreadsheets().template("a", SheetLanguage.ENGLISH, new java.io.ByteArrayOutputStream());

        TextSheets.Written template = sheets.lastWritten();
        assertThat(template.columns())
                .extracting(column -> column.label())
                .containsExactly("Name", "Phone", "Handle", "Profile URL", "Email", "Notes");
        assertThat(template.columns()).allMatch(column -> column.prompt() != null && column.maxLength() > 0);
        assertThat(template.rows()).isEmpty();
    }

    @Test
    void importsBatchAfterBatchInTheFilesOrder() {
        Roster large = Roster.builder()
                .storage(storage)
                .clock(clock)
                .inputRules(RULES)
                .files(files)
                .spreadsheets(sheets, sheets, queue)
                .importSettings(new ImportSettings(10_000, 10_000, 10_000_000, Duration.ofHours(1)))
                .build();
        StringBuilder file = new StringBuilder("Name\tPhone\tHandle");
        for (int i = 0; i < 1_600; i++) {
            String handle = i == 1_400 ? "h10" : "h" + i; // repeats row 12's handle, three batches on
            String phone = i % 100 == 99 ? "bad" : "010-5234-" + (1000 + i);
            String name = i == 1_200 ? "P5" : "P" + i; // the same person as row 7
            file.append('\n')
                    .append(name)
                    .append('\t')
                    .append(i == 1_200 ? "010-5234-1005" : phone)
                    .append('\t')
                    .append(handle);
        }

        ImportReport report = ((ImportOutcome.Imported) large.spreadsheets()
                        .importFile(new ImportAccountsCommand(
                                "a", file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), false)))
                .report();

        assertThat(report.total()).isEqualTo(1_600);
        assertThat(report.failed()).isEqualTo(16 + 1);
        assertThat(sheets.lastWritten().rows())
                .extracting(row -> (String) row.values().get(3))
                .contains("Handle h10 already appears in row 12 of this file");
        assertThat(sheets.lastWritten().rows())
                .extracting(row -> (String) row.values().get(0))
                .isSortedAccordingTo(java.util.Comparator.comparingInt(name -> Integer.parseInt(name.substring(1))));
        assertThat(account("h1200").influencer().id())
                .isEqualTo(account("h5").influencer().id());
    }

    private ImportReport imported(byte[] file) {
        ImportOutcome outcome = roster.spreadsheets().importFile(new ImportAccountsCommand("a", file, false));
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        return ((ImportOutcome.Imported) outcome).report();
    }

    private AccountView account(String handle) {
        return roster
                .accounts()
                .search(new SearchAccountsCommand("a", handle, null, null, "handle", 100, null))
                .items()
                .stream()
                .filter(view -> view.account().handle().value().equalsIgnoreCase(handle))
                .findFirst()
                .orElseThrow();
    }

    private Set<String> handles() {
        return Set.copyOf(roster.accounts().search(SearchAccountsCommand.all("a")).items().stream()
                .map(view -> view.account().handle().value())
                .toList());
    }
}
