package dev.roster.adapters.http.routes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus' text exposition format 0.0.4, as Prometheus' own parser reads it: it fails on any
 * line a scrape would reject (a bad name, an unknown escape, a value that is no float, a TYPE after its samples or
 * twice, a family split in two, a series twice, a sample a summary may not have, no final line feed).
 */
final class PrometheusTextParser {

    /** One sample: the series' name, its labels in order, its value. */
    record Sample(String name, Map<String, String> labels, double value) {}

    /** What a scrape read: each family's TYPE and HELP, and every sample. */
    record Scrape(Map<String, String> types, Map<String, String> helps, List<Sample> samples) {

        /** The value of the one series with these labels (in any order). */
        double value(String name, Map<String, String> labels) {
            return samples.stream()
                    .filter(sample ->
                            sample.name().equals(name) && new TreeMap<>(sample.labels()).equals(new TreeMap<>(labels)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no series " + name + labels + " in " + samples))
                    .value();
        }
    }

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern COMMENT = Pattern.compile("# (HELP|TYPE) (\\S+) ?(.*)");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    private PrometheusTextParser() {}

    static Scrape parse(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition does not end with a line feed");
        }
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> helps = new LinkedHashMap<>();
        List<Sample> samples = new ArrayList<>();
        Set<String> series = new HashSet<>();
        Set<String> closedFamilies = new HashSet<>();
        String family = null;
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + number + " (" + line + "): ";
            if (line.startsWith("#")) {
                Matcher comment = COMMENT.matcher(line);
                if (!comment.matches()) {
                    continue; // any other comment is allowed
                }
                String name = comment.group(2);
                require(NAME.matcher(name).matches(), where + "bad metric name");
                family = enter(family, name, closedFamilies, where);
                if (comment.group(1).equals("TYPE")) {
                    require(TYPES.contains(comment.group(3)), where + "unknown type");
                    require(types.put(name, comment.group(3)) == null, where + "second TYPE for " + name);
                    require(
                            samples.stream()
                                    .noneMatch(sample ->
                                            familyOf(sample.name(), types).equals(name)),
                            where + "TYPE after the family's samples");
                } else {
                    require(helps.put(name, unescapeHelp(comment.group(3), where)) == null, where + "second HELP");
                }
                continue;
            }
            Sample sample = sample(line, where);
            String name = familyOf(sample.name(), types);
            String type = types.getOrDefault(name, "untyped");
            require(allowed(sample.name(), name, type), where + sample.name() + " is no sample of a " + type);
            family = enter(family, name, closedFamilies, where);
            require(series.add(sample.name() + new TreeMap<>(sample.labels())), where + "the same series twice");
            samples.add(sample);
        }
        return new Scrape(types, helps, samples);
    }

    /** Moving on to another family closes the one before: a family may not come back later. */
    private static String enter(String current, String next, Set<String> closed, String where) {
        if (!next.equals(current)) {
            require(!closed.contains(next), where + "family " + next + " appears twice, apart");
            if (current != null) {
                closed.add(current);
            }
        }
        return next;
    }

    private static String familyOf(String sampleName, Map<String, String> types) {
        for (String suffix : List.of("_sum", "_count", "_bucket")) {
            String base =
                    sampleName.endsWith(suffix) ? sampleName.substring(0, sampleName.length() - suffix.length()) : null;
            if (base != null && Set.of("summary", "histogram").contains(types.get(base))) {
                return base;
            }
        }
        return sampleName;
    }

    private static boolean allowed(String sampleName, String family, String type) {
        return switch (type) {
            case "summary" -> Set.of(family, family + "_sum", family + "_count").contains(sampleName);
            case "histogram" ->
                Set.of(family + "_bucket", family + "_sum", family + "_count").contains(sampleName);
            default -> sampleName.equals(family);
        };
    }

    private static Sample sample(String line, String where) {
        int at = 0;
        while (at < line.length() && line.charAt(at) != '{' && line.charAt(at) != ' ') {
            at++;
        }
        String name = line.substring(0, at);
        require(NAME.matcher(name).matches(), where + "bad metric name");
        Map<String, String> labels = new LinkedHashMap<>();
        if (at < line.length() && line.charAt(at) == '{') {
            at++;
            while (line.charAt(at) != '}') {
                int equals = line.indexOf('=', at);
                require(equals > 0, where + "a label without '='");
                String label = line.substring(at, equals);
                require(LABEL_NAME.matcher(label).matches(), where + "bad label name " + label);
                require(line.charAt(equals + 1) == '"', where + "a label value not quoted");
                StringBuilder value = new StringBuilder();
                int i = equals + 2;
                for (; line.charAt(i) != '"'; i++) {
                    char c = line.charAt(i);
                    if (c == '\\') {
                        char escaped = line.charAt(++i);
                        require(
                                escaped == '\\' || escaped == '"' || escaped == 'n',
                                where + "unknown escape \\" + escaped);
                        value.append(escaped == 'n' ? '\n' : escaped);
                    } else {
                        value.append(c);
                    }
                }
                require(labels.put(label, value.toString()) == null, where + "label " + label + " twice");
                at = i + 1;
                if (line.charAt(at) == ',') {
                    at++;
                } else {
                    require(line.charAt(at) == '}', where + "expected ',' or '}'");
                }
            }
            at++;
        }
        require(at < line.length() && line.charAt(at) == ' ', where + "no space before the value");
        String[] rest = line.substring(at + 1).split(" ", -1);
        require(rest.length == 1 || rest.length == 2, where + "expected a value and at most a timestamp");
        if (rest.length == 2) {
            require(rest[1].matches("-?\\d+"), where + "the timestamp is no integer");
        }
        return new Sample(name, labels, value(rest[0], where));
    }

    private static double value(String text, String where) {
        switch (text) {
            case "+Inf", "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            case "NaN":
                return Double.NaN;
            default:
                require(text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?"), where + "not a float: " + text);
                return Double.parseDouble(text);
        }
    }

    private static String unescapeHelp(String help, String where) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < help.length(); i++) {
            char c = help.charAt(i);
            if (c == '\\') {
                require(i + 1 < help.length(), where + "a HELP ending in a backslash");
                char escaped = help.charAt(++i);
                require(escaped == '\\' || escaped == 'n', where + "unknown escape in HELP \\" + escaped);
                text.append(escaped == 'n' ? '\n' : escaped);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
