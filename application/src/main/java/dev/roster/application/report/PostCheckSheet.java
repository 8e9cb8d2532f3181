package dev.roster.application.report;

import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.port.SheetRow;
import dev.roster.application.port.SpreadsheetWriter;
import dev.roster.application.spreadsheet.MetricLabels;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.Platform;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The result of a post verification: the uploaded columns unchanged, then the profile's metrics and when they were
 * measured, the post's status, the reason and when it was checked; rows not live highlighted. In Korean when the
 * upload's header was.
 */
final class PostCheckSheet {

    /** One row's result. */
    record Row(SheetRow uploaded, Profile profile, CheckedPost post, String reason, Instant checkedAt) {}

    private final SpreadsheetWriter writer;

    PostCheckSheet(SpreadsheetWriter writer) {
        this.writer = writer;
    }

    byte[] write(Platform platform, PostSheet sheet, List<Row> rows) {
        SheetLanguage language = sheet.language();
        boolean korean = language == SheetLanguage.KOREAN;
        List<SheetColumn> columns = new ArrayList<>();
        for (String label : sheet.labels()) {
            columns.add(new SheetColumn(label, SheetColumn.Kind.TEXT, 30));
        }
        for (MetricName metric : platform.metrics()) {
            columns.add(new SheetColumn(MetricLabels.of(metric, language), SheetColumn.Kind.NUMBER, 14));
        }
        columns.add(new SheetColumn(korean ? "측정 시각" : "Metrics at", SheetColumn.Kind.DATE_TIME, 18));
        columns.add(new SheetColumn(korean ? "게시물 상태" : "Post status", SheetColumn.Kind.TEXT, 14));
        columns.add(new SheetColumn(korean ? "사유" : "Reason", SheetColumn.Kind.TEXT, 60));
        columns.add(new SheetColumn(korean ? "확인 시각" : "Checked at", SheetColumn.Kind.DATE_TIME, 18));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter.SheetStream stream = writer.start(korean ? "게시물 검증" : "Post verification", columns)) {
            for (Row row : rows) {
                List<Object> values = sheet.uploaded(row.uploaded());
                var reading = row.profile().reading();
                for (MetricName metric : platform.metrics()) {
                    values.add(reading == null ? null : reading.value(metric).orElse(null));
                }
                values.add(reading == null ? null : reading.collectedAt());
                values.add(row.post().status().label(language));
                values.add(row.reason());
                values.add(row.checkedAt());
                boolean live = row.post().status() == PostStatus.LIVE;
                int statusColumn = sheet.labels().size() + platform.metrics().size() + 1;
                stream.add(new SheetOutputRow(values, !live, live ? Set.of() : Set.of(statusColumn)));
            }
            stream.finish(out);
        }
        return out.toByteArray();
    }
}
