package dev.roster.adapters.http.routes;

import dev.roster.application.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one part of a {@code multipart/form-data} body (RFC 7578), the way browsers and curl {@code -F} send files.
 * The body is already bounded by the route, so it is read in memory; the boundary is at most 70 characters of those
 * RFC 2046 allows, part headers are bounded, and every search goes forward once, so parsing takes time linear in the
 * body's size whatever it holds.
 */
final class MultipartForm {

    /** RFC 2046, section 5.1.1. */
    static final int MAX_BOUNDARY = 70;
    /** A browser's part headers take a few hundred bytes. */
    static final int MAX_PART_HEADERS = 8 * 1024;
    /** The upload form has one part; a few more (a text field or two) are harmless. */
    static final int MAX_PARTS = 64;

    private static final String BCHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ";
    private static final byte[] CRLF = {'\r', '\n'};

    private final byte[] body;
    private final String field;
    /** What opens the body: the delimiter without the line break every later one follows. */
    private final byte[] opening;

    private final BytePattern delimiter;
    private final BytePattern headersEnd = new BytePattern("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

    /**
     * @param field the form field the caller is told about when the body is not what it should be
     * @throws InvalidInputException when the content type names no usable boundary
     */
    MultipartForm(String contentType, byte[] body, String field) {
        this.body = body;
        this.field = field;
        String boundary = boundary(contentType);
        this.opening = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        this.delimiter = new BytePattern(("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The content of the part named {@code name} of a body of {@code contentType}.
     *
     * @throws InvalidInputException when the body is not multipart as its type says, or has no such part
     */
    static byte[] part(String contentType, byte[] body, String name) {
        return new MultipartForm(contentType, body, name).part(name);
    }

    byte[] part(String name) {
        Part part = parts(name).get(name);
        if (part == null) {
            throw invalid("is missing: send the workbook as the form's \"" + name + "\" part");
        }
        return part.content();
    }

    /**
     * Every part of a body of {@code contentType} by field name (the first of each name), with the file name it was
     * sent under.
     *
     * @param field the form field the caller is told about when the body is not what it should be
     * @throws InvalidInputException when the body is not multipart as its type says
     */
    static Map<String, Part> parts(String contentType, byte[] body, String field) {
        return new MultipartForm(contentType, body, field).parts(null);
    }

    /** The parts, up to and including the one named {@code wanted} (all of them when it is null). */
    private Map<String, Part> parts(String wanted) {
        Map<String, Part> parts = new LinkedHashMap<>();
        int afterDelimiter = afterFirstDelimiter();
        for (int count = 0; afterDelimiter >= 0; count++) {
            if (count == MAX_PARTS) {
                throw invalid("has more than " + MAX_PARTS + " parts");
            }
            if (startsWith(afterDelimiter, "--")) {
                break; // the close delimiter
            }
            int lineEnd = afterTransportPadding(afterDelimiter);
            if (!startsWith(lineEnd, "\r\n")) {
                break;
            }
            // Headers end at the first empty line; a part without headers has that empty line straight away.
            int end = headersEnd.indexIn(body, lineEnd, lineEnd + MAX_PART_HEADERS + headersEnd.length());
            if (end < 0) {
                throw invalid("has a part whose headers do not end within " + MAX_PART_HEADERS + " bytes");
            }
            int contentStart = end + headersEnd.length();
            int next = delimiter.indexIn(body, contentStart, body.length);
            if (next < 0) {
                break;
            }
            String headers = new String(
                    body, lineEnd + CRLF.length, Math.max(0, end - lineEnd - CRLF.length), StandardCharsets.UTF_8);
            Map<String, String> disposition = disposition(headers);
            String name = disposition.get("name");
            if (name != null && !parts.containsKey(name)) {
                parts.put(
                        name,
                        new Part(name, disposition.get("filename"), Arrays.copyOfRange(body, contentStart, next)));
                if (name.equals(wanted)) {
                    break;
                }
            }
            afterDelimiter = next + delimiter.length();
        }
        return parts;
    }

    /** One part of a form. */
    record Part(String name, String fileName, byte[] content) {

        /** The content as UTF-8 text, as browsers send plain fields. */
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** Byte comparisons the searches made: linear in the body's size, which a test holds it to. */
    long steps() {
        return delimiter.steps() + headersEnd.steps();
    }

    /**
     * Where the first delimiter ends, or -1: it may open the body without the CRLF that precedes every later one, or
     * follow a preamble.
     */
    private int afterFirstDelimiter() {
        if (body.length >= opening.length && Arrays.equals(body, 0, opening.length, opening, 0, opening.length)) {
            return opening.length;
        }
        int first = delimiter.indexIn(body, 0, body.length);
        return first < 0 ? -1 : first + delimiter.length();
    }

    private int afterTransportPadding(int from) {
        int at = from;
        while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
            at++;
        }
        return at;
    }

    private Map<String, String> disposition(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-disposition")) {
                return HeaderParameters.of(line.substring(colon + 1));
            }
        }
        return Map.of();
    }

    private String boundary(String contentType) {
        String boundary = HeaderParameters.of(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw invalid("multipart/form-data needs a boundary parameter");
        }
        if (boundary.length() > MAX_BOUNDARY
                || boundary.endsWith(" ")
                || !boundary.chars().allMatch(c -> BCHARS.indexOf(c) >= 0)) {
            throw invalid("has a multipart boundary that RFC 2046 does not allow (at most " + MAX_BOUNDARY
                    + " letters, digits and '()+_,-./:=?)");
        }
        return boundary;
    }

    private boolean startsWith(int from, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return from >= 0
                && from + bytes.length <= body.length
                && Arrays.equals(body, from, from + bytes.length, bytes, 0, bytes.length);
    }

    private InvalidInputException invalid(String message) {
        return InvalidInputException.of(field, message);
    }
}
