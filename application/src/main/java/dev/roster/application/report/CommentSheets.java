package dev.roster.application.report;

import dev.roster.application.port.CommentPage;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetColumn.Kind;
import dev.roster.application.port.SheetOutputRow;
import dev.roster.application.port.SpreadsheetWriter;
import dev.roster.application.spreadsheet.MetricLabels;
import dev.roster.application.spreadsheet.SheetLanguage;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.Platform;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of a comment analysis, three worksheets: Comments (each comment with its commenter's metrics and the URLs
 * in it), URLs (each URL with its host and how many comments name it), Posts (each post's status, pages and comments
 * read, and whether {@code maxPages} cut it short). Text Excel would take for a formula is written as text by the
 * writer, as in every workbook Roster writes.
 */
final class CommentSheets {

    /** The workbook, with the counts the job's result gives. */
    record Written(byte[] workbook, long comments, long urls) {}

    private final SpreadsheetWriter writer;

    CommentSheets(SpreadsheetWriter writer) {
        this.writer = writer;
    }

    Written write(
            Platform platform,
            SheetLanguage language,
            List<CommentAnalysisJob.ReadPost> posts,
            Map<String, Profile> profiles) {
        boolean ko = language == SheetLanguage.KOREAN;
        Map<String, Long> named = new LinkedHashMap<>();
        long comments = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter.SheetStream sheet =
                writer.start(ko ? "댓글" : "Comments", commentColumns(platform, language))) {
            for (CommentAnalysisJob.ReadPost post : posts) {
                for (CommentPage.Comment comment : post.comments()) {
                    List<String> urls = UrlsInText.find(comment.text());
                    urls.forEach(url -> named.merge(url, 1L, Long::sum));
                    sheet.add(SheetOutputRow.plain(commentRow(platform, post, comment, urls, profiles, ko)));
                    comments++;
                }
            }
            sheet.nextSheet(
                    "URL",
                    List.of(
                            new SheetColumn("URL", Kind.TEXT, 50),
                            new SheetColumn(ko ? "호스트" : "Host", Kind.TEXT, 28),
                            new SheetColumn(ko ? "댓글 수" : "Comments", Kind.NUMBER, 12)));
            named.forEach((url, count) -> sheet.add(
                    SheetOutputRow.plain(List.of(url, UrlsInText.host(url).orElse(""), count))));
            sheet.nextSheet(
                    ko ? "게시물" : "Posts",
                    List.of(
                            new SheetColumn(ko ? "게시물 URL" : "Post URL", Kind.TEXT, 40),
                            new SheetColumn(ko ? "게시물 상태" : "Post status", Kind.TEXT, 14),
                            new SheetColumn(ko ? "읽은 페이지" : "Pages read", Kind.NUMBER, 12),
                            new SheetColumn(ko ? "댓글 수" : "Comments", Kind.NUMBER, 12),
                            new SheetColumn(ko ? "잘림" : "Truncated", Kind.TEXT, 12),
                            new SheetColumn(ko ? "사유" : "Reason", Kind.TEXT, 60)));
            for (CommentAnalysisJob.ReadPost post : posts) {
                List<Object> row = new ArrayList<>();
                row.add(post.url());
                row.add(post.status().status().label(language));
                row.add((long) post.pages());
                row.add((long) post.comments().size());
                row.add(post.truncated() ? "truncated" : null);
                row.add(post.status().reason());
                boolean live = post.status().status() == PostStatus.LIVE;
                sheet.add(new SheetOutputRow(row, !live || post.truncated(), Set.of()));
            }
            sheet.finish(out);
        }
        return new Written(out.toByteArray(), comments, named.size());
    }

    private static List<SheetColumn> commentColumns(Platform platform, SheetLanguage language) {
        boolean ko = language == SheetLanguage.KOREAN;
        List<SheetColumn> columns = new ArrayList<>(List.of(
                new SheetColumn(ko ? "게시물 URL" : "Post URL", Kind.TEXT, 36),
                new SheetColumn(ko ? "댓글" : "Comment", Kind.TEXT, 60),
                new SheetColumn(ko ? "작성 시각" : "Time", Kind.TEXT, 20),
                new SheetColumn(ko ? "작성자" : "Commenter", Kind.TEXT, 20),
                new SheetColumn(ko ? "프로필 URL" : "Profile URL", Kind.TEXT, 36)));
        for (MetricName metric : platform.metrics()) {
            columns.add(new SheetColumn(MetricLabels.of(metric, language), Kind.NUMBER, 14));
        }
        columns.addAll(List.of(
                new SheetColumn(ko ? "측정 시각" : "Metrics at", Kind.DATE_TIME, 18),
                new SheetColumn(ko ? "댓글 속 URL" : "URLs in comment", Kind.TEXT, 40),
                new SheetColumn(ko ? "로스터 등록" : "In roster", Kind.TEXT, 12),
                new SheetColumn(ko ? "계정 ID" : "Account id", Kind.TEXT, 38),
                new SheetColumn(ko ? "사유" : "Reason", Kind.TEXT, 40)));
        return columns;
    }

    private static List<Object> commentRow(
            Platform platform,
            CommentAnalysisJob.ReadPost post,
            CommentPage.Comment comment,
            List<String> urls,
            Map<String, Profile> profiles,
            boolean ko) {
        Profile profile = comment.author() == null
                ? Profile.note(ko ? "작성자 링크 없음" : "the comment links no profile")
                : profiles.getOrDefault(
                        ProfileKey.of(comment.author()),
                        Profile.note("the commenter's profile is not on " + platform.name() + "'s hosts"));
        List<Object> row = new ArrayList<>();
        row.add(post.url());
        row.add(comment.text());
        row.add(comment.time());
        row.add(
                comment.author() == null
                        ? null
                        : ProfileKey.handle(comment.author()).orElse(null));
        row.add(comment.author() == null ? null : comment.author().toString());
        MetricReading reading = profile.reading();
        for (MetricName metric : platform.metrics()) {
            row.add(reading == null ? null : reading.value(metric).orElse(null));
        }
        row.add(reading == null ? null : reading.collectedAt());
        row.add(urls.isEmpty() ? null : String.join("\n", urls));
        row.add(profile.account() != null ? (ko ? "예" : "yes") : (ko ? "아니오" : "no"));
        row.add(profile.account() == null ? null : profile.account().value());
        row.add(profile.note());
        return row;
    }
}
