package dev.roster.adapters.http.routes.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.roster.application.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The API's JSON: camelCase fields, ISO-8601 instants, absent values written as {@code null} so every document of a
 * kind has the same fields.
 * Reading is strict (no duplicate keys, bounded nesting and string sizes). Documents are written by a
 * {@link DocumentWriter}; Jackson's databind, which reads, is built on the first read, so a process that only answers
 * reads (a cold Lambda's first GET) never loads it. One instance per process: building an {@link ObjectMapper} is
 * expensive, using it is thread-safe.
 */
public final class JsonCodec {

    private final DocumentWriter writer = new DocumentWriter();
    private final AtomicReference<ObjectMapper> mapper = new AtomicReference<>();

    public byte[] write(Object value) {
        return writer.write(value);
    }

    /** The JSON object a request body holds; anything else is refused as invalid input of {@code body}. */
    public JsonFields readObject(byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : mapper().readTree(body);
        } catch (JsonProcessingException malformed) {
            throw InvalidInputException.of("body", "is not valid JSON: " + firstLine(malformed.getOriginalMessage()));
        } catch (IOException unreadable) {
            throw InvalidInputException.of("body", "could not be read");
        }
        if (node == null || !node.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        return new JsonFields(node);
    }

    /** Reads a JSON document into {@code type}, as the client does with responses. */
    public <T> T read(byte[] json, Class<T> type) {
        try {
            return mapper().readValue(json, type);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public <T> T read(byte[] json, TypeReference<T> type) {
        try {
            return mapper().readValue(json, type);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private ObjectMapper mapper() {
        ObjectMapper built = mapper.get();
        // Two first reads at once may both build one (it has no side effects); the first one set is kept.
        return built != null ? built : mapper.updateAndGet(current -> current != null ? current : readingMapper());
    }

    private static ObjectMapper readingMapper() {
        JsonMapper jsonMapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // Requests are checked field by field (JsonFields.only); documents read by the client may grow new
                // fields.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        // Request bodies are at most a few kilobytes; tighter limits than Jackson's defaults cost nothing.
        jsonMapper
                .getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxStringLength(100_000)
                        .maxNumberLength(30)
                        .build());
        return jsonMapper;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
