package dev.roster.dynamodb.testserver.expression;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and writing document paths in items; values are immutable, so a write rebuilds the containers above it. */
public final class Documents {

    private Documents() {}

    /** The value at {@code path}, or {@code null} when any step of it is missing or not the container it needs. */
    public static Value get(Map<String, Value> item, Path path) {
        Value current = item.get(path.attribute());
        for (int i = 1; i < path.size() && current != null; i++) {
            current = child(current, path.element(i));
        }
        return current;
    }

    private static Value child(Value container, Object element) {
        if (element instanceof String name && container instanceof Value.M map) {
            return map.values().get(name);
        }
        if (element instanceof Integer index && container instanceof Value.L list) {
            return index < list.values().size() ? list.values().get(index) : null;
        }
        return null;
    }

    /** Sets {@code path} in the mutable {@code item}; an index past a list's end appends. */
    static void set(Map<String, Value> item, Path path, Value value) {
        if (path.topLevel()) {
            item.put(path.attribute(), value);
            return;
        }
        Value top = item.get(path.attribute());
        if (top == null) {
            throw invalidPath();
        }
        item.put(path.attribute(), set(top, path, 1, value));
    }

    private static Value set(Value container, Path path, int at, Value value) {
        boolean last = at == path.size() - 1;
        Object element = path.element(at);
        if (element instanceof String name && container instanceof Value.M map) {
            Map<String, Value> copy = new LinkedHashMap<>(map.values());
            if (last) {
                copy.put(name, value);
            } else {
                Value child = copy.get(name);
                if (child == null) {
                    throw invalidPath();
                }
                copy.put(name, set(child, path, at + 1, value));
            }
            return new Value.M(copy);
        }
        if (element instanceof Integer index && container instanceof Value.L list) {
            List<Value> copy = new ArrayList<>(list.values());
            if (last) {
                if (index >= copy.size()) {
                    copy.add(value);
                } else {
                    copy.set(index, value);
                }
            } else {
                if (index >= copy.size()) {
                    throw invalidPath();
                }
                copy.set(index, set(copy.get(index), path, at + 1, value));
            }
            return new Value.L(copy);
        }
        throw invalidPath();
    }

    /** Removes {@code path} from the mutable {@code item}; nothing happens when its last step is missing. */
    static void remove(Map<String, Value> item, Path path) {
        if (path.topLevel()) {
            item.remove(path.attribute());
            return;
        }
        Value top = item.get(path.attribute());
        if (top == null) {
            throw invalidPath();
        }
        item.put(path.attribute(), remove(top, path, 1));
    }

    private static Value remove(Value container, Path path, int at) {
        boolean last = at == path.size() - 1;
        Object element = path.element(at);
        if (element instanceof String name && container instanceof Value.M map) {
            Map<String, Value> copy = new LinkedHashMap<>(map.values());
            if (last) {
                copy.remove(name);
            } else {
                Value child = copy.get(name);
                if (child == null) {
                    throw invalidPath();
                }
                copy.put(name, remove(child, path, at + 1));
            }
            return new Value.M(copy);
        }
        if (element instanceof Integer index && container instanceof Value.L list) {
            List<Value> copy = new ArrayList<>(list.values());
            if (last) {
                if (index < copy.size()) {
                    copy.remove((int) index);
                }
            } else {
                if (index >= copy.size()) {
                    throw invalidPath();
                }
                copy.set(index, remove(copy.get(index), path, at + 1));
            }
            return new Value.L(copy);
        }
        throw invalidPath();
    }

    static DynamoDbException invalidPath() {
        return DynamoDbException.validation(
                "The document path provided in the update expression is invalid for update");
    }
}
