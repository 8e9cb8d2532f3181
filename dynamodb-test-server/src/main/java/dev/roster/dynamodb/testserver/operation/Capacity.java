package dev.roster.dynamodb.testserver.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity a request consumed, per table, by AWS's "DynamoDB read and write operations": reads in units of 4 KB
 * (half for an eventually consistent read), writes in units of 1 KB, transactional ones twice; at least one unit.
 */
final class Capacity {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> MODES = List.of("INDEXES", "TOTAL", "NONE");

    private final String mode;
    private final Map<String, double[]> tables = new LinkedHashMap<>();

    private Capacity(String mode) {
        this.mode = mode;
    }

    /** The capacity to account for {@code request}'s {@code ReturnConsumedCapacity}. */
    static Capacity of(Request request) {
        return new Capacity(request.choice("ReturnConsumedCapacity", MODES, "NONE"));
    }

    /** Read units for {@code bytes} read in one operation (a Query's items are summed before rounding). */
    static double readUnits(long bytes, boolean consistent) {
        double units = Math.max(1, (bytes + 4095) / 4096);
        return consistent ? units : units / 2;
    }

    /** Write units for an item of {@code bytes} (the larger of before and after). */
    static double writeUnits(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    Capacity read(String table, double units) {
        tables.computeIfAbsent(table, name -> new double[2])[0] += units;
        return this;
    }

    Capacity write(String table, double units) {
        tables.computeIfAbsent(table, name -> new double[2])[1] += units;
        return this;
    }

    /** Adds the {@code ConsumedCapacity} of a one-table operation to {@code response}, if the request asked. */
    ObjectNode addTo(ObjectNode response) {
        if (!mode.equals("NONE") && !tables.isEmpty()) {
            Map.Entry<String, double[]> only = tables.entrySet().iterator().next();
            response.set("ConsumedCapacity", entry(only.getKey(), only.getValue()));
        }
        return response;
    }

    /** Adds the {@code ConsumedCapacity} list of a many-table operation to {@code response}, if the request asked. */
    ObjectNode addListTo(ObjectNode response) {
        if (!mode.equals("NONE")) {
            ArrayNode list = response.putArray("ConsumedCapacity");
            tables.forEach((table, units) -> list.add(entry(table, units)));
        }
        return response;
    }

    private JsonNode entry(String table, double[] units) {
        ObjectNode entry = JSON.objectNode().put("TableName", table);
        units(entry, units);
        if (mode.equals("INDEXES")) {
            units(entry.putObject("Table"), units);
        }
        return entry;
    }

    private static void units(ObjectNode node, double[] units) {
        node.put("CapacityUnits", units[0] + units[1]);
        if (units[0] > 0) {
            node.put("ReadCapacityUnits", units[0]);
        }
        if (units[1] > 0) {
            node.put("WriteCapacityUnits", units[1]);
        }
    }
}
