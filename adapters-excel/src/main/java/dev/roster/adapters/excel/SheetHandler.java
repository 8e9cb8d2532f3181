package dev.roster.adapters.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX events of one worksheet ({@code sheetN.xml}) turned into cells as Excel shows them: shared and inline strings,
 * cached formula results (never the formula), booleans, errors, and numbers and dates in their cell's format. POI's
 * own {@code XSSFSheetXMLHandler} does the same but builds an XMLBeans rich-text object for every string cell, which
 * cost a quarter of the parse; this one keeps to plain strings, and looks each cell style up once. A cell's text is
 * refused as soon as it passes Excel's own limit, before more of it is held.
 */
final class SheetHandler extends DefaultHandler {

    private final SharedTexts sharedTexts;
    private final StylesTable styles;
    private final DataFormatter formatter;
    private final RowCollector rows;
    private final Map<Integer, NumberFormat> formats = new HashMap<>();
    private final StringBuilder value = new StringBuilder(64);

    private int rowIndex = -1;
    private String reference;
    private String type;
    private String style;
    private boolean collecting;
    private boolean inlineString;
    private boolean phonetic;
    private boolean hasValue;

    /** How a cell style shows numbers. */
    private record NumberFormat(int index, String pattern) {}

    SheetHandler(SharedTexts sharedTexts, StylesTable styles, DataFormatter formatter, RowCollector rows) {
        this.sharedTexts = sharedTexts;
        this.styles = styles;
        this.formatter = formatter;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> {
                String number = attributes.getValue("r");
                rowIndex = number == null ? rowIndex + 1 : Integer.parseInt(number) - 1;
                rows.startRow(rowIndex);
            }
            case "c" -> {
                reference = attributes.getValue("r");
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                value.setLength(0);
                hasValue = false;
            }
            case "v" -> collecting = true;
            case "is" -> inlineString = true;
            case "rPh" -> phonetic = true;
            case "t" -> collecting = inlineString && !phonetic;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            if (value.length() + length > WorkbookLimits.MAX_CELL_CHARS) {
                throw WorkbookLimits.textTooLong(
                        "cell " + (reference == null ? "in row " + (rowIndex + 1) : reference));
            }
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v" -> {
                collecting = false;
                hasValue = true;
            }
            case "t" -> collecting = false;
            case "rPh" -> phonetic = false;
            case "is" -> {
                inlineString = false;
                hasValue = true;
            }
            case "c" -> {
                if (hasValue) {
                    rows.cell(reference, text(), null);
                }
            }
            case "row" -> rows.endRow(rowIndex);
            default -> {}
        }
    }

    private String text() {
        String raw = value.toString();
        if (type == null || type.equals("n")) {
            return number(raw);
        }
        return switch (type) {
            case "s" -> sharedTexts.text(Integer.parseInt(raw.strip()));
            case "b" -> raw.equals("0") ? "FALSE" : "TRUE";
            default -> raw; // inlineStr, str (a formula's text result), e (#N/A and the like), d (an ISO date)
        };
    }

    private String number(String raw) {
        if (raw.isBlank()) {
            return "";
        }
        double number;
        try {
            number = Double.parseDouble(raw);
        } catch (NumberFormatException notANumber) {
            return raw;
        }
        NumberFormat format = style == null ? null : formats.computeIfAbsent(Integer.parseInt(style), this::format);
        return format == null
                ? formatter.formatRawCellContents(number, 0, "General")
                : formatter.formatRawCellContents(number, format.index(), format.pattern());
    }

    private NumberFormat format(int styleIndex) {
        XSSFCellStyle cellStyle =
                styles == null || styleIndex >= styles.getNumCellStyles() ? null : styles.getStyleAt(styleIndex);
        if (cellStyle == null) {
            return null;
        }
        int index = cellStyle.getDataFormat();
        String pattern = cellStyle.getDataFormatString();
        return new NumberFormat(index, pattern != null ? pattern : BuiltinFormats.getBuiltinFormat(index));
    }

    /** An element's name without its namespace prefix, whether or not the parser is namespace-aware. */
    static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
