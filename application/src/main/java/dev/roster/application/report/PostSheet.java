package dev.roster.application.report;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.SheetRow;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.application.spreadsheet.ImportColumn;
import dev.roster.application.spreadsheet.SheetLanguage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An uploaded workbook of posts: its header row (found among the first rows by its labels, like an import's) and its
 * data rows. The "Post URL" column is required; "Profile URL" is read when there is one; other columns are kept as
 * they are, for the result to copy.
 *
 * @param labels        the header's cells up to its last label, as uploaded
 * @param postColumn    the 0-based column of the post URLs
 * @param profileColumn the 0-based column of the profile URLs, or -1
 */
record PostSheet(List<String> labels, int postColumn, int profileColumn, List<SheetRow> rows) {

    /** Rows above the header that may hold a title. */
    private static final int TITLE_ROWS = 5;
    /** Labels of the post column, compared as {@link ImportColumn#key} compares them. */
    private static final Set<String> POST_LABELS = Set.of(
            "posturl",
            "post",
            "postlink",
            "posts",
            "게시물url",
            "게시물",
            "게시물링크",
            "게시물주소",
            "게시글",
            "게시글url",
            "게시글링크",
            "포스트",
            "포스트url",
            "포스팅",
            "포스팅url");

    static final String POST_LABEL = "Post URL/게시물 URL";

    PostSheet {
        labels = List.copyOf(labels);
        rows = List.copyOf(rows);
    }

    /**
     * @throws InvalidInputException when the file is not a workbook that can be read safely, has more than
     *         {@code maxRows} rows, or has no header row with a "Post URL" column
     */
    static PostSheet read(SpreadsheetReader reader, byte[] workbook, int maxRows) {
        List<SheetRow> all = new ArrayList<>();
        reader.read(new ByteArrayInputStream(workbook), maxRows + TITLE_ROWS + 1, all::add);
        for (SheetRow row : all) {
            if (row.number() > TITLE_ROWS + 1) {
                break;
            }
            int post = find(row, true);
            if (post >= 0) {
                List<String> labels = new ArrayList<>(row.cells());
                while (!labels.isEmpty() && labels.get(labels.size() - 1).isBlank()) {
                    labels.remove(labels.size() - 1);
                }
                List<SheetRow> data = all.stream()
                        .filter(r -> r.number() > row.number() && !r.isBlank())
                        .toList();
                if (data.size() > maxRows) {
                    throw InvalidInputException.of("file", "has more than " + maxRows + " rows");
                }
                return new PostSheet(labels, post, find(row, false), data);
            }
        }
        throw InvalidInputException.of(
                "file",
                "has no header row: none of its first " + (TITLE_ROWS + 1) + " rows names the column " + POST_LABEL);
    }

    /** The column of the post URLs ({@code post}) or of the profile URLs in {@code row}, or -1. */
    private static int find(SheetRow row, boolean post) {
        for (int i = 0; i < row.cells().size(); i++) {
            String label = row.cells().get(i);
            boolean matches = post
                    ? POST_LABELS.contains(ImportColumn.key(label))
                    : ImportColumn.named(label)
                            .filter(ImportColumn.PROFILE_URL::equals)
                            .isPresent();
            if (matches) {
                return i;
            }
        }
        return -1;
    }

    /** Korean when staff wrote the recognised labels in Korean: the result then speaks Korean too. */
    SheetLanguage language() {
        String label = labels.get(postColumn);
        return label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                ? SheetLanguage.KOREAN
                : SheetLanguage.ENGLISH;
    }

    /** The row's cells under the header, as many as it has labels. */
    List<Object> uploaded(SheetRow row) {
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            cells.add(row.cell(i));
        }
        return cells;
    }
}
