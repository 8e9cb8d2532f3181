package dev.roster.application.spreadsheet;

import dev.roster.domain.platform.MetricName;
import java.util.Map;

/** What a metric's column is called in a workbook, in each language; a metric without a label shows its name. */
public final class MetricLabels {

    private static final Map<String, String> KOREAN = Map.of("followers", "팔로워", "dailyVisitors", "일 방문자");
    private static final Map<String, String> ENGLISH =
            Map.of("followers", "Followers", "dailyVisitors", "Daily visitors");

    private MetricLabels() {}

    public static String of(MetricName metric, SheetLanguage language) {
        return (language == SheetLanguage.KOREAN ? KOREAN : ENGLISH).getOrDefault(metric.value(), metric.value());
    }
}
