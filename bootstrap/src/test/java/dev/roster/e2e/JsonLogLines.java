package dev.roster.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What every line of Roster's JSON log must be: one JSON object with time, level, logger and message. */
final class JsonLogLines {

    /** Strict about the end: a line with anything after its object (two lines run together) is not one object. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonLogLines() {}

    static void assertEveryLineIsOneJsonObject(List<String> lines) {
        assertThat(lines).isNotEmpty();
        List<String> notJson = new ArrayList<>();
        for (String line : lines) {
            try {
                JsonNode object = JSON.readTree(line);
                if (!object.isObject()
                        || !object.hasNonNull("time")
                        || !object.hasNonNull("level")
                        || !object.hasNonNull("logger")
                        || !object.hasNonNull("message")) {
                    notJson.add(line);
                }
            } catch (IOException unreadable) {
                notJson.add(line);
            }
        }
        assertThat(notJson)
                .as("lines that are not one JSON object with time, level, logger, message")
                .isEmpty();
    }
}
