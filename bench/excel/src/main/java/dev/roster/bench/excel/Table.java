package dev.roster.bench.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each measure's runs, printed with their median and the peak memory of the median run. */
final class Table {

    private record Run(double value, long peakMegabytes) {}

    private final Map<String, List<Run>> runs = new LinkedHashMap<>();

    void add(String measure, double value, long peakMegabytes) {
        runs.computeIfAbsent(measure, key -> new ArrayList<>()).add(new Run(value, peakMegabytes));
        System.out.printf("  %-62s %,12.2f   peak %4d MB%n", measure, value, peakMegabytes);
    }

    void print() {
        System.out.println();
        System.out.printf(
                "| %s | %s | %s | %s |%n",
                "measure", "median", "runs", "peak heap above the harness's data, after GC (MB); ExcelJS: peak RSS");
        System.out.println("| --- | --- | --- | --- |");
        runs.forEach((measure, list) -> {
            List<Run> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> Double.compare(a.value(), b.value()));
            Run median = sorted.get(sorted.size() / 2);
            StringBuilder all = new StringBuilder();
            list.forEach(run -> all.append(all.length() == 0 ? "" : ", ").append(String.format("%,.2f", run.value())));
            System.out.printf("| %s | %,.2f | %s | %d |%n", measure, median.value(), all, median.peakMegabytes());
        });
    }
}
