package dev.roster.adapters.dynamodb.item;

import static dev.roster.adapters.dynamodb.item.Values.n;
import static dev.roster.adapters.dynamodb.item.Values.s;

import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobProgress;
import dev.roster.domain.job.JobStatus;
import dev.roster.domain.job.JobType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of the {@code jobs} table. The result is a list of {@code [key, value]} pairs, not a map, so its order and
 * its value types (text, whole number, boolean, null) come back as they went in.
 */
public final class JobItems {

    public static final String ID = "id";
    public static final String VERSION = "version";
    private static final String TYPE = "type";
    private static final String STATUS = "status";
    private static final String PARAMETERS = "parameters";
    private static final String DONE = "done";
    private static final String TOTAL = "total";
    private static final String RESULT = "result";
    private static final String FAILURE = "failure";
    private static final String CREATED = "createdAt";
    private static final String UPDATED = "updatedAt";

    private JobItems() {}

    public static Map<String, AttributeValue> key(JobId id) {
        return Map.of(ID, s(id.value()));
    }

    public static Map<String, AttributeValue> item(Job job) {
        Map<String, AttributeValue> item = new HashMap<>(key(job.id()));
        item.put(TYPE, s(job.type().value()));
        item.put(STATUS, s(job.status().name()));
        Map<String, AttributeValue> parameters = new HashMap<>();
        job.parameters().forEach((name, value) -> parameters.put(name, s(value)));
        item.put(PARAMETERS, AttributeValue.fromM(parameters));
        item.put(DONE, n(job.progress().done()));
        item.put(TOTAL, n(job.progress().total()));
        List<AttributeValue> result = new ArrayList<>();
        job.result().forEach((name, value) -> result.add(AttributeValue.fromL(List.of(s(name), resultValue(value)))));
        item.put(RESULT, AttributeValue.fromL(result));
        Values.putIfPresent(item, FAILURE, job.failureReason());
        item.put(VERSION, n(job.version()));
        item.put(CREATED, Values.instant(job.createdAt()));
        item.put(UPDATED, Values.instant(job.updatedAt()));
        return item;
    }

    public static Job job(Map<String, AttributeValue> item) {
        Map<String, String> parameters = new HashMap<>();
        item.get(PARAMETERS).m().forEach((name, value) -> parameters.put(name, value.s()));
        Map<String, Object> result = new LinkedHashMap<>();
        for (AttributeValue pair : item.get(RESULT).l()) {
            result.put(pair.l().get(0).s(), resultValue(pair.l().get(1)));
        }
        return new Job(
                JobId.parse(Values.string(item, ID)).orElseThrow(),
                JobType.of(Values.string(item, TYPE)),
                JobStatus.valueOf(Values.string(item, STATUS)),
                parameters,
                new JobProgress(Values.number(item, DONE), Values.number(item, TOTAL)),
                result,
                Values.string(item, FAILURE),
                Values.number(item, VERSION),
                Values.instant(item, CREATED),
                Values.instant(item, UPDATED));
    }

    private static AttributeValue resultValue(Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof Long number) {
            return n(number);
        }
        if (value instanceof Boolean flag) {
            return AttributeValue.fromBool(flag);
        }
        return s((String) value);
    }

    private static Object resultValue(AttributeValue value) {
        if (Boolean.TRUE.equals(value.nul())) {
            return null;
        }
        if (value.n() != null) {
            return Long.parseLong(value.n());
        }
        if (value.bool() != null) {
            return value.bool();
        }
        return value.s();
    }
}
