package dev.roster.application.spreadsheet;

import dev.roster.application.account.RegisterAccount;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.Meter;
import dev.roster.application.port.SheetRow;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.domain.platform.Platform;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.concurrent.Executor;

/** Reads an upload and imports it; what the import at once and the import job share. */
final class Importer {

    private final SpreadsheetReader reader;
    private final RegisterAccount register;
    private final Upserts upserts;
    private final HandleHolders holders;
    private final ErrorReport errors;
    private final ImportSettings settings;
    private final Clock clock;
    private final Executor executor;
    private final Meter meter;

    Importer(
            SpreadsheetReader reader,
            RegisterAccount register,
            HandleHolders holders,
            Upserts upserts,
            ErrorReport errors,
            ImportSettings settings,
            Clock clock,
            Executor executor,
            Meter meter) {
        this.reader = reader;
        this.register = register;
        this.holders = holders;
        this.upserts = upserts;
        this.errors = errors;
        this.settings = settings;
        this.clock = clock;
        this.executor = executor;
        this.meter = meter;
    }

    /** What an import did, with its error file if rows failed. */
    record Result(long total, long success, long failed, FileKey errorFile) {}

    ImportSettings settings() {
        return settings;
    }

    /**
     * Checks the file without saving anything: readable, safe, a header with the required columns, not too many rows.
     *
     * @return the number of data rows
     * @throws InvalidInputException saying what is wrong with the file
     */
    long survey(byte[] workbook) {
        refuseOversized(workbook);
        long[] rows = {0};
        read(workbook, new HeaderSearch.DataRows() {
            @Override
            public void header(ImportHeader header) {}

            @Override
            public void row(SheetRow row) {
                if (++rows[0] > settings.maxRows()) {
                    throw tooManyRows();
                }
            }
        });
        return rows[0];
    }

    /** @param job the job the import runs as, or {@code null} when its caller waits for it */
    Result run(
            Platform platform,
            byte[] workbook,
            boolean upsert,
            long expectedRows,
            ImportRun.AsJob job,
            ImportRun.Progress progress) {
        refuseOversized(workbook);
        try (ImportRun run = new ImportRun(
                register, upserts, holders, errors, platform, upsert, expectedRows, job, progress, executor)) {
            Result result = run(workbook, run);
            meter.imported(platform.code(), result.success(), result.failed());
            return result;
        }
    }

    private Result run(byte[] workbook, ImportRun run) {
        read(workbook, new HeaderSearch.DataRows() {
            @Override
            public void header(ImportHeader header) {
                run.header(header);
            }

            @Override
            public void row(SheetRow row) {
                if (run.total() >= settings.maxRows()) {
                    throw tooManyRows();
                }
                run.row(row);
            }
        });
        run.finish();
        return new Result(run.total(), run.success(), run.failed(), run.storeErrors(clock.instant()));
    }

    private void read(byte[] workbook, HeaderSearch.DataRows data) {
        HeaderSearch search = new HeaderSearch(data);
        // Title rows and the header come on top of the data rows the limit counts.
        reader.read(new ByteArrayInputStream(workbook), settings.maxRows() + HeaderSearch.TITLE_ROWS + 1, search);
        search.finish();
    }

    private void refuseOversized(byte[] workbook) {
        if (workbook.length > settings.maxUploadBytes()) {
            throw InvalidInputException.of("file", "is larger than " + settings.maxUploadBytes() + " bytes");
        }
    }

    private InvalidInputException tooManyRows() {
        return InvalidInputException.of(
                "file", "has more than " + settings.maxRows() + " data rows; split it into smaller files");
    }
}
