package dev.roster.adapters.http.routes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Request headers, looked up without regard to the letter case of their names, as HTTP wants. */
public final class Headers {

    private final Map<String, List<String>> byName;

    private Headers(Map<String, List<String>> byName) {
        this.byName = byName;
    }

    public static Headers of(Map<String, List<String>> headers) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> byName.merge(name, List.copyOf(values), (a, b) -> {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }));
        return new Headers(Collections.unmodifiableMap(byName));
    }

    public static Headers none() {
        return of(Map.of());
    }

    /** The first value of the header, if it was sent. */
    public Optional<String> first(String name) {
        List<String> values = byName.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> all(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public Map<String, List<String>> asMap() {
        return byName;
    }
}
