package dev.roster.adapters.http.routes;

import dev.roster.application.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one part of a {@code multipart/form-data} body (RFC 7578), the way browsers and curl {@code -F} send files.
 * The body is already bounded by the route, so it is read in memory.
 */
final class MultipartForm {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private MultipartForm() {
    }

    /**
     * The content of the part named {@code name}.
     *
     * @throws InvalidInputException when the body is not multipart as its type says, or has no such part
     */
    static byte[] part(String contentType, byte[] body, String name) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw InvalidInputException.of(name, "multipart/form-data needs a boundary parameter");
        }
        byte[] delimiter = ("--" + (boundary.group(1) != null ? boundary.group(1) : boundary.group(2)))
                .getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length;
            if (startsWith(body, headersStart, "--")) {
                break;
            }
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            if (headersEnd < 0) {
                break;
            }
            int next = indexOf(body, ("\r\n" + new String(delimiter, StandardCharsets.US_ASCII))
                    .getBytes(StandardCharsets.US_ASCII), headersEnd);
            if (next < 0) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            if (disposition(headers).filter(name::equals).isPresent()) {
                return Arrays.copyOfRange(body, headersEnd + HEADER_END.length, next);
            }
            at = next + 2;
        }
        throw InvalidInputException.of(name, "is missing: send the workbook as the form's \"" + name + "\" part");
    }

    private static Optional<String> disposition(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-disposition")) {
                Matcher name = NAME.matcher(line.substring(colon + 1));
                if (name.find()) {
                    return Optional.of(name.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] body, int from, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return from + bytes.length <= body.length
                && Arrays.equals(body, from, from + bytes.length, bytes, 0, bytes.length);
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
