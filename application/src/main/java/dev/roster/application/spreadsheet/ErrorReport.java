package dev.roster.application.spreadsheet;

import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.port.SpreadsheetWriter;
import dev.roster.domain.identity.TimeOrderedUuid;
import dev.roster.domain.job.JobId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The error file of an import: the uploaded columns in the uploaded order with their labels verbatim, then the
 * reason; only the failed rows. Fixed and uploaded again, it imports exactly those rows, since the reason column is
 * one the import does not read (and an earlier error file's reason column is not copied twice). Written as the failed
 * rows come, so that a file of 100,000 bad rows is never held in memory.
 */
final class ErrorReport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Set<String> REASON_LABELS = Set.of("error", "오류");

    private final SpreadsheetWriter writer;
    private final FileStore files;

    ErrorReport(SpreadsheetWriter writer, FileStore files) {
        this.writer = writer;
        this.files = files;
    }

    /** Starts the error file of an import whose header is {@code header}. */
    Draft start(String platform, ImportHeader header) {
        List<Integer> kept = new ArrayList<>();
        List<SheetColumn> columns = new ArrayList<>();
        for (int i = 0; i < header.labels().size(); i++) {
            String label = header.labels().get(i);
            if (!REASON_LABELS.contains(ImportColumn.key(label))) {
                kept.add(i);
                columns.add(new SheetColumn(label, SheetColumn.Kind.TEXT, width(label)));
            }
        }
        columns.add(new SheetColumn(header.korean() ? "오류" : "Error", SheetColumn.Kind.TEXT, 60));
        return new Draft(platform, kept, writer.start(header.korean() ? "오류" : "Errors", columns));
    }

    /** An error file being written, a failed row at a time, in the file's order. */
    final class Draft implements AutoCloseable {

        private final String platform;
        private final List<Integer> kept;
        private final SpreadsheetWriter.SheetStream sheet;

        private Draft(String platform, List<Integer> kept, SpreadsheetWriter.SheetStream sheet) {
            this.platform = platform;
            this.kept = kept;
            this.sheet = sheet;
        }

        void add(FailedRow failure) {
            sheet.add(row(failure, kept));
        }

        /**
         * Finishes and stores the error file; returns where it is kept.
         *
         * @param job the job it is the error file of, whose one place it takes (a job run again replaces it); or
         *            {@code null} for a place of its own
         */
        FileKey store(Instant now, JobId job) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sheet.finish(out);
            byte[] content = out.toByteArray();
            String folder = job == null ? TimeOrderedUuid.next(now).toString() : "job-" + job.value();
            FileKey key = FileKey.of("imports/errors/" + folder + "/import-errors-" + platform + ".xlsx");
            files.put(key, XLSX, new ByteArrayInputStream(content), content.length);
            return key;
        }

        @Override
        public void close() {
            sheet.close();
        }
    }

    private static SheetOutputRow row(FailedRow failure, List<Integer> kept) {
        List<Object> values = new ArrayList<>(kept.size() + 1);
        Set<Integer> culprits = new HashSet<>();
        for (int position = 0; position < kept.size(); position++) {
            int column = kept.get(position);
            values.add(failure.row().cell(column));
            if (failure.culprits().contains(column)) {
                culprits.add(position);
            }
        }
        values.add(failure.reason());
        return new SheetOutputRow(values, true, culprits);
    }

    private static int width(String label) {
        return Math.max(12, Math.min(40, label.length() * 2 + 4));
    }
}
