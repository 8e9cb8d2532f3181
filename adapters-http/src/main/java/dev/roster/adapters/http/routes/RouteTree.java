package dev.roster.adapters.http.routes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The route table's templates as a tree of segments: a request walks it one decoded segment at a time, taking the
 * literal child of that name and the parameter child both (a path may fit more than one template), and ends at the
 * routes its path fits. Built once; lookups allocate only the set of routes found.
 */
final class RouteTree {

    private final Node root = new Node();

    /** A tree of {@code routes}; each is known by its index in the list. */
    RouteTree(List<Route> routes) {
        for (int index = 0; index < routes.size(); index++) {
            Node node = root;
            for (String segment : routes.get(index).path().segments()) {
                node = PathTemplate.isParameter(segment) ? node.parameter() : node.literal(segment);
            }
            node.routes.add(index);
        }
    }

    /** The indexes of every route whose template the decoded path fits. */
    BitSet fitting(String[] decoded) {
        BitSet found = new BitSet();
        root.collect(decoded, 0, found);
        return found;
    }

    private static final class Node {

        private final Map<String, Node> literals = new HashMap<>();
        private Node parameter;
        private final List<Integer> routes = new ArrayList<>();

        Node literal(String segment) {
            return literals.computeIfAbsent(segment, any -> new Node());
        }

        Node parameter() {
            if (parameter == null) {
                parameter = new Node();
            }
            return parameter;
        }

        void collect(String[] decoded, int depth, BitSet found) {
            if (depth == decoded.length) {
                routes.forEach(found::set);
                return;
            }
            Node literal = literals.get(decoded[depth]);
            if (literal != null) {
                literal.collect(decoded, depth + 1, found);
            }
            // A parameter takes any segment but an empty one.
            if (parameter != null && !decoded[depth].isEmpty()) {
                parameter.collect(decoded, depth + 1, found);
            }
        }
    }
}
