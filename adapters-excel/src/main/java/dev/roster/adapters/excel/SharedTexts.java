package dev.roster.adapters.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of a workbook ({@code sharedStrings.xml}) as plain text, read under limits: the part's size, the
 * number of strings, the length of each. POI's own table reads the part whole, however large, and wraps each string
 * in a rich-text object on every lookup; this keeps plain strings, the text runs of each joined, phonetic guides left
 * out, Excel's {@code _xHHHH_} escapes decoded.
 */
final class SharedTexts {

    private static final SharedTexts NONE = new SharedTexts(List.of());

    private final List<String> texts;

    private SharedTexts(List<String> texts) {
        this.texts = texts;
    }

    /** Reads the part; {@code part} may be {@code null} (a workbook without shared strings). */
    static SharedTexts read(InputStream part) throws IOException, SAXException, ParserConfigurationException {
        if (part == null) {
            return NONE;
        }
        Collector collector = new Collector();
        try (part) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(collector);
            parser.parse(new InputSource(part));
        }
        return new SharedTexts(collector.texts);
    }

    /** The string at {@code index}; an index past the table (a damaged file) reads as empty. */
    String text(int index) {
        return index >= 0 && index < texts.size() ? texts.get(index) : "";
    }

    /** Decodes Excel's escapes of characters XML cannot carry, such as {@code _x000D_} for a carriage return. */
    static String decodeEscapes(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length()
                    && text.charAt(i) == '_'
                    && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_'
                    && isHex(text, i + 2, i + 6)) {
                decoded.append((char) Integer.parseInt(text, i + 2, i + 6, 16));
                i += 7;
            } else {
                decoded.append(text.charAt(i++));
            }
        }
        return decoded.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The SAX events of the part turned into strings, refusing what exceeds the limits as it comes. */
    private static final class Collector extends DefaultHandler {

        private final List<String> texts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean phonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (SheetHandler.name(localName, qName)) {
                case "si" -> text.setLength(0);
                case "rPh" -> phonetic = true;
                case "t" -> inText = !phonetic;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                if (text.length() + length > WorkbookLimits.MAX_CELL_CHARS * 7L) {
                    // Escapes take seven characters for one; past this even a fully escaped text is too long.
                    throw WorkbookLimits.textTooLong("shared text " + (texts.size() + 1));
                }
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (SheetHandler.name(localName, qName)) {
                case "t" -> inText = false;
                case "rPh" -> phonetic = false;
                case "si" -> {
                    if (texts.size() == WorkbookLimits.MAX_SHARED_STRINGS) {
                        throw WorkbookLimits.tooManyStrings();
                    }
                    String decoded = decodeEscapes(text.toString());
                    if (decoded.length() > WorkbookLimits.MAX_CELL_CHARS) {
                        throw WorkbookLimits.textTooLong("shared text " + (texts.size() + 1));
                    }
                    texts.add(decoded);
                }
                default -> {}
            }
        }
    }
}
