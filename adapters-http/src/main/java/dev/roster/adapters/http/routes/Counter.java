package dev.roster.adapters.http.routes;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;

/** One family of counted series, by labels, thread-safe, and how it is written in the Prometheus text format. */
final class Counter {

    private final String name;
    private final String type;
    private final String help;
    private final ConcurrentMap<Labels, LongAdder> series = new ConcurrentHashMap<>();

    Counter(String name, String type, String help) {
        this.name = name;
        this.type = type;
        this.help = help;
    }

    void add(Labels labels, long amount) {
        series.computeIfAbsent(labels, key -> new LongAdder()).add(amount);
    }

    /** HELP, TYPE, then a line per series, sorted by labels. */
    void render(StringBuilder text, LongFunction<String> value) {
        header(text);
        samples(text, name, value);
    }

    void header(StringBuilder text) {
        header(text, name, type, help);
    }

    /** @param seriesName the family's name, or a summary's {@code _sum} or {@code _count} */
    void samples(StringBuilder text, String seriesName, LongFunction<String> value) {
        new TreeMap<>(Map.copyOf(series))
                .forEach((labels, count) -> text.append(seriesName)
                        .append(labels.text())
                        .append(' ')
                        .append(value.apply(count.sum()))
                        .append('\n'));
    }

    static void header(StringBuilder text, String name, String type, String help) {
        text.append("# HELP ")
                .append(name)
                .append(' ')
                .append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    static String whole(long count) {
        return Long.toString(count);
    }

    /** Microseconds as seconds. */
    static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.6f", micros / 1e6);
    }
}
