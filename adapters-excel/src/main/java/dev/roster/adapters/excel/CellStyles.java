package dev.roster.adapters.excel;

import dev.roster.application.port.SheetColumn;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles one written workbook uses, made once each: a workbook holds at most 64,000 styles, so a style
 * per cell would break on a large export.
 */
final class CellStyles {

    /** How a cell stands out: plainly, as part of a row to fix, or as the very cell to fix. */
    enum Mark {
        PLAIN,
        FLAGGED,
        CULPRIT
    }

    private final Workbook workbook;
    private final Map<String, CellStyle> made = new HashMap<>();
    private final CellStyle header;

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
    }

    CellStyle header() {
        return header;
    }

    /** @param quoted whether the text is shown with Excel's quote prefix, so it is never taken for a formula */
    CellStyle of(SheetColumn.Kind kind, Mark mark, boolean quoted) {
        return made.computeIfAbsent(kind + "/" + mark + "/" + quoted, key -> make(kind, mark, quoted));
    }

    private CellStyle make(SheetColumn.Kind kind, Mark mark, boolean quoted) {
        CellStyle style = workbook.createCellStyle();
        switch (kind) {
            case TEXT -> style.setDataFormat(workbook.createDataFormat().getFormat("@"));
            case NUMBER -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            case DATE_TIME -> style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            case DATE -> style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
        style.setQuotePrefixed(quoted);
        if (mark != Mark.PLAIN) {
            style.setFillForegroundColor(
                    mark == Mark.CULPRIT ? IndexedColors.RED.getIndex() : IndexedColors.ROSE.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (mark == Mark.CULPRIT) {
            Font font = workbook.createFont();
            font.setBold(true);
            font.setColor(IndexedColors.WHITE.getIndex());
            style.setFont(font);
            style.setBorderBottom(BorderStyle.MEDIUM);
            style.setBorderTop(BorderStyle.MEDIUM);
            style.setBorderLeft(BorderStyle.MEDIUM);
            style.setBorderRight(BorderStyle.MEDIUM);
        }
        return style;
    }
}
