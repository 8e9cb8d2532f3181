package dev.roster.application.spreadsheet;

import dev.roster.application.account.AccountLookup;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SpreadsheetWriter;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes the empty workbook staff fill in for an import: the canonical labels, sensible widths, text-formatted
 * columns (a phone keeps its leading zero), and Excel's typing aids: a prompt per column and its length limit.
 */
public final class ImportTemplate {

    private final PlatformCatalog platforms;
    private final SpreadsheetWriter writer;

    ImportTemplate(PlatformCatalog platforms, SpreadsheetWriter writer) {
        this.platforms = platforms;
        this.writer = writer;
    }

    /** @throws dev.roster.application.error.NotFoundException when the platform is unknown */
    public void write(String platformCode, SheetLanguage language, OutputStream out) {
        Platform platform = AccountLookup.platform(platforms, platformCode);
        List<SheetColumn> columns = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            columns.add(new SheetColumn(column.label(language), SheetColumn.Kind.TEXT, column.width())
                    .guided(prompt(column, platform, language == SheetLanguage.KOREAN), column.maxLength()));
        }
        writer.write(platform.name(), columns, Collections.emptyIterator(), out);
    }

    private static String prompt(ImportColumn column, Platform platform, boolean korean) {
        String hosts = " (" + platform.hosts() + ")";
        return switch (column) {
            case NAME ->
                korean ? "필수. 같은 이름과 연락처는 한 사람으로 묶입니다." : "Required. Rows with the same name and phone are one person.";
            case PHONE -> korean ? "필수. 예: 010-1234-5678" : "Required. e.g. 010-1234-5678 or +82 10 1234 5678";
            case HANDLE ->
                korean ? "필수. " + platform.name() + "에서 중복될 수 없습니다." : "Required. Unique on " + platform.name() + ".";
            case PROFILE_URL -> (korean ? "선택. https:// 로 시작하는 주소" : "Optional. An https:// address") + hosts;
            case EMAIL -> korean ? "선택. 이 계정의 연락 이메일" : "Optional. The contact address for this account.";
            case NOTES -> korean ? "선택. 자유 메모" : "Optional. Free text.";
        };
    }
}
