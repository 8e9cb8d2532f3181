package dev.roster.bootstrap.logging;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes one log line in the chosen format: JSON with {@code time}, {@code level}, {@code logger}, {@code message} and
 * the event's own fields ({@code requestId}, {@code jobId}, {@code stackTrace}, …), or the same as one line of text.
 */
public final class LogLine {

    private final LogFormat format;
    private final ObjectMapper json = new ObjectMapper();

    public LogLine(LogFormat format) {
        this.format = format;
    }

    public LogFormat format() {
        return format;
    }

    /** The line, without its end of line. */
    public String format(Instant time, String level, String logger, String message, Map<String, ?> fields) {
        if (format == LogFormat.TEXT) {
            String extra = fields.entrySet().stream()
                    .filter(field -> field.getValue() != null)
                    .filter(field -> !field.getKey().equals("stackTrace"))
                    .map(field -> field.getKey() + "=" + field.getValue())
                    .collect(Collectors.joining(" "));
            Object trace = fields.get("stackTrace");
            return time + " " + String.format("%-5s", level) + " " + logger + " " + message
                    + (extra.isEmpty() ? "" : "  " + extra)
                    + (trace == null
                            ? ""
                            : System.lineSeparator() + trace.toString().stripTrailing());
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", time.toString());
        line.put("level", level);
        line.put("logger", logger);
        line.put("message", message);
        fields.forEach((name, value) -> {
            if (value != null) {
                line.putIfAbsent(name, value instanceof Instant instant ? instant.toString() : value);
            }
        });
        try {
            return json.writeValueAsString(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
