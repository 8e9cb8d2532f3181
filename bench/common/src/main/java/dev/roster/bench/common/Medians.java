package dev.roster.bench.common;

import java.util.Arrays;
import java.util.List;

/** The median the harnesses quote: noisy machines make means meaningless. */
public final class Medians {

    private Medians() {}

    public static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double of(List<Double> values) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
