package dev.roster.adapters.postgres.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.platform.MetricName;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The JSON kept in {@code json}/{@code jsonb} columns: metric figures by name, job parameters and results. */
public final class JsonColumns {

    private static final TypeReference<LinkedHashMap<String, Long>> FIGURES = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {};

    // Whole numbers come back as Long, as Job results hold them, never as Integer.
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    public String figures(MetricReading reading) {
        Map<String, Long> byName = new LinkedHashMap<>();
        reading.values().forEach((name, value) -> byName.put(name.value(), value));
        return write(byName);
    }

    public MetricReading reading(Instant collectedAt, String figures) {
        TreeMap<MetricName, Long> values = new TreeMap<>();
        read(figures, FIGURES).forEach((name, value) -> values.put(MetricName.of(name), value));
        return new MetricReading(collectedAt, values);
    }

    public String texts(Map<String, String> texts) {
        return write(texts);
    }

    public Map<String, String> texts(String column) {
        return read(column, TEXTS);
    }

    public String values(Map<String, Object> values) {
        return write(values);
    }

    public Map<String, Object> values(String column) {
        return read(column, VALUES);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("plain maps always serialise", impossible);
        }
    }

    private <T> T read(String column, TypeReference<T> type) {
        try {
            return json.readValue(column, type);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("a JSON column holds what Roster did not write: " + corrupt.getMessage());
        }
    }
}
