package dev.roster.dynamodb.testserver.expression;

import dev.roster.dynamodb.testserver.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The attributes a read returns ({@code ProjectionExpression}, or the legacy {@code AttributesToGet}): nested paths keep
 * the maps around them, and the list elements picked come back in index order, as a shorter list.
 */
public final class Projection {

    private final Node root = new Node();

    public Projection(List<Path> paths) {
        for (Path path : paths) {
            Node node = root;
            for (Object element : path.elements()) {
                node = node.children.computeIfAbsent(element, key -> new Node());
            }
            node.whole = true;
        }
    }

    /** The projected item: only the attributes (and the parts of them) the paths name. */
    public Map<String, Value> apply(Map<String, Value> item) {
        Map<String, Value> projected = new LinkedHashMap<>();
        root.children.forEach((name, node) -> {
            Value value = item.get((String) name);
            Value kept = value == null ? null : node.apply(value);
            if (kept != null) {
                projected.put((String) name, kept);
            }
        });
        return projected;
    }

    /** One step of the projected paths; {@code whole} when a path ends here (the value is kept entire). */
    private static final class Node {
        private final Map<Object, Node> children = new TreeMap<>(Node::order);
        private boolean whole;

        Value apply(Value value) {
            if (whole) {
                return value;
            }
            if (value instanceof Value.M map) {
                Map<String, Value> kept = new LinkedHashMap<>();
                children.forEach((key, child) -> {
                    if (key instanceof String name && map.values().containsKey(name)) {
                        Value part = child.apply(map.values().get(name));
                        if (part != null) {
                            kept.put(name, part);
                        }
                    }
                });
                return kept.isEmpty() ? null : new Value.M(kept);
            }
            if (value instanceof Value.L list) {
                List<Value> kept = new ArrayList<>();
                children.forEach((key, child) -> {
                    if (key instanceof Integer index && index < list.values().size()) {
                        Value part = child.apply(list.values().get(index));
                        if (part != null) {
                            kept.add(part);
                        }
                    }
                });
                return kept.isEmpty() ? null : new Value.L(kept);
            }
            return null;
        }

        /** Names in the order given are not needed; indexes must come out in index order. */
        private static int order(Object a, Object b) {
            if (a instanceof Integer x && b instanceof Integer y) {
                return Integer.compare(x, y);
            }
            if (a instanceof String x && b instanceof String y) {
                return x.compareTo(y);
            }
            return a instanceof Integer ? -1 : 1;
        }
    }
}
