package dev.roster.dynamodb.testserver.expression;

import java.util.List;

/**
 * A document path: an attribute name, then map keys ({@code .name}) and list indexes ({@code [2]}). Elements are
 * {@link String}s (names) and {@link Integer}s (indexes).
 */
public record Path(List<Object> elements) {

    public Path {
        elements = List.copyOf(elements);
    }

    public static Path of(String attribute) {
        return new Path(List.of(attribute));
    }

    /** The top-level attribute the path starts at. */
    public String attribute() {
        return (String) elements.get(0);
    }

    public boolean topLevel() {
        return elements.size() == 1;
    }

    public int size() {
        return elements.size();
    }

    public Object element(int index) {
        return elements.get(index);
    }

    /** Whether one of the paths is the other or leads into it: DynamoDB refuses both in one expression. */
    public boolean overlaps(Path other) {
        int common = Math.min(size(), other.size());
        return elements.subList(0, common).equals(other.elements.subList(0, common));
    }

    /** As DynamoDB's messages show a path: {@code [a, b, [0]]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            Object element = elements.get(i);
            text.append(element instanceof Integer index ? "[" + index + "]" : element);
        }
        return text.append(']').toString();
    }
}
