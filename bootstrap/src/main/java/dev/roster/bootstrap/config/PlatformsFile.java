package dev.roster.bootstrap.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.roster.adapters.browser.rules.MetricRule;
import dev.roster.adapters.browser.rules.PageRules;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import dev.roster.domain.platform.PlatformCode;
import dev.roster.domain.platform.PlatformHost;
import dev.roster.domain.platform.PlatformHosts;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the platform definitions file ({@code ROSTER_PLATFORMS_FILE}, YAML or JSON) and checks all of it, so that a
 * bad file stops start-up with every problem listed, each naming the platform and the field.
 */
public final class PlatformsFile {

    static final String SETTING = "--platforms-file";
    private static final Set<String> PLATFORM_FIELDS = Set.of("code", "name", "hosts", "allowPrivateAddresses",
            "profileUrl", "metrics", "collect");
    private static final Set<String> COLLECT_FIELDS = Set.of("source", "every", "ratePerMinute", "concurrency",
            "collector", "timeout", "rules", "privateWhen", "missingWhen");
    private static final Set<String> RULE_FIELDS = Set.of("css", "regex");

    private final List<String> problems = new ArrayList<>();

    private PlatformsFile() {
    }

    /**
     * The definitions in {@code file}, or the built-in platforms when there is no file: what every process that knows
     * the platforms (the server, the office collector, the Lambda functions) starts from.
     *
     * @param file the file, or {@code null}
     * @throws ConfigurationException naming the setting, then each problem as "platform x: field: what is wrong"
     */
    public static PlatformDefinitions load(Path file) {
        if (file == null) {
            return PlatformDefinitions.builtIn();
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(SETTING, "no such file: " + file);
        }
        return read(file);
    }

    /** @throws ConfigurationException naming the setting, then each problem as "platform x: field: what is wrong" */
    public static PlatformDefinitions read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (IOException unreadable) {
            throw new ConfigurationException(SETTING, "cannot read " + file + ": " + unreadable.getMessage());
        }
        PlatformsFile reader = new PlatformsFile();
        PlatformDefinitions definitions = reader.definitions(root);
        if (!reader.problems.isEmpty()) {
            throw new ConfigurationException(SETTING, file + " is not valid:\n  " + String.join("\n  ",
                    reader.problems));
        }
        return definitions;
    }

    private PlatformDefinitions definitions(JsonNode root) {
        JsonNode list = root == null ? null : root.get("platforms");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add("platforms: must be a list of at least one platform");
            return null;
        }
        List<Platform> platforms = new ArrayList<>();
        Map<PlatformCode, PlatformCollection> collection = new LinkedHashMap<>();
        Map<PlatformCode, SourceDefinition> sources = new LinkedHashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String code = text(node, "code");
            String where = "platform " + (code != null ? code : "#" + (i + 1));
            if (code != null && !codes.add(code)) {
                problems.add(where + ": code: is used by another platform too");
            }
            if (!node.isObject()) {
                problems.add(where + ": must be an object with code, name, metrics");
                continue;
            }
            List<MetricName> metrics = metrics(where, node.get("metrics"));
            Platform platform = platform(where, node, code, metrics);
            JsonNode collect = node.get("collect");
            if (collect != null && !collect.isNull()) {
                // Checked even when the platform itself is not valid: every problem of the file is told at once.
                PlatformCollection settings = collection(where, collect, text(node, "profileUrl"));
                SourceDefinition source = source(where, collect, metrics);
                if (platform != null && settings != null && source != null) {
                    collection.put(platform.code(), settings);
                    sources.put(platform.code(), source);
                }
            }
            if (platform != null) {
                platforms.add(platform);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new PlatformDefinitions(PlatformCatalog.of(platforms), collection, sources);
    }

    private Platform platform(String where, JsonNode node, String code, List<MetricName> metrics) {
        int problemsBefore = problems.size();
        unknownFields(where, "", node, PLATFORM_FIELDS);
        String name = text(node, "name");
        PlatformHosts hosts = hosts(where, node);
        String template = text(node, "profileUrl");
        if (code == null || !PlatformCode.isWellFormed(code)) {
            problems.add(where + ": code: must be 1-32 lower-case letters, digits, '_' or '-', starting with a letter");
        }
        if (name == null || name.isBlank()) {
            problems.add(where + ": name: is required");
        }
        if (template != null && hosts != null) {
            checkTemplate(where, template, hosts);
        }
        if (problems.size() > problemsBefore || metrics.isEmpty()) {
            return null;
        }
        try {
            return new Platform(PlatformCode.of(code), name, metrics, hosts);
        } catch (IllegalArgumentException refused) {
            problems.add(where + ": " + refused.getMessage());
            return null;
        }
    }

    /** The hosts the platform's pages are on (required), and whether they may be at private addresses. */
    private PlatformHosts hosts(String where, JsonNode node) {
        List<String> entries = strings(where, "hosts", node.get("hosts"));
        JsonNode allowPrivate = node.get("allowPrivateAddresses");
        boolean privateAllowed = false;
        if (allowPrivate != null && !allowPrivate.isNull()) {
            if (allowPrivate.isBoolean()) {
                privateAllowed = allowPrivate.booleanValue();
            } else {
                problems.add(where + ": allowPrivateAddresses: must be true or false, not " + allowPrivate);
            }
        }
        if (entries.isEmpty()) {
            problems.add(where + ": hosts: is required: the hosts its pages are on, such as [blog.example] "
                    + "(a name also covers its subdomains; add :port to allow only that port)");
            return null;
        }
        List<PlatformHost> parsed = new ArrayList<>();
        for (String entry : entries) {
            try {
                parsed.add(PlatformHost.parse(entry));
            } catch (IllegalArgumentException bad) {
                problems.add(where + ": hosts: " + bad.getMessage());
            }
        }
        return parsed.size() == entries.size() ? new PlatformHosts(parsed, privateAllowed) : null;
    }

    private void checkTemplate(String where, String template, PlatformHosts hosts) {
        if (!template.contains(PlatformCollection.HANDLE)) {
            problems.add(where + ": profileUrl: must contain {handle}");
            return;
        }
        try {
            URI uri = URI.create(template.replace(PlatformCollection.HANDLE, "handle"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                problems.add(where + ": profileUrl: must be an absolute http(s) URL");
            } else if (!hosts.accept(uri)) {
                problems.add(where + ": profileUrl: its host " + uri.getHost() + (uri.getPort() < 0 ? ""
                        : ":" + uri.getPort()) + " is not one of hosts [" + hosts + "]");
            }
        } catch (IllegalArgumentException malformed) {
            problems.add(where + ": profileUrl: is not a URL: " + malformed.getMessage());
        }
    }

    private PlatformCollection collection(String where, JsonNode collect, String template) {
        int problemsBefore = problems.size();
        PlatformCollection defaults = PlatformCollection.defaults();
        Duration every = duration(where, collect, "every", defaults.every());
        int rate = number(where, collect, "ratePerMinute", defaults.ratePerMinute());
        int concurrency = number(where, collect, "concurrency", defaults.concurrency());
        String collector = text(collect, "collector");
        PlatformCollection.Collector who = PlatformCollection.Collector.SERVER;
        if (collector != null) {
            try {
                who = PlatformCollection.Collector.valueOf(collector.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(where + ": collect.collector: must be server or office, not '" + collector + "'");
            }
        }
        if (problems.size() > problemsBefore) {
            return null;
        }
        try {
            return new PlatformCollection(template, every, rate, concurrency, who);
        } catch (IllegalArgumentException refused) {
            problems.add(where + ": collect: " + refused.getMessage());
            return null;
        }
    }

    private SourceDefinition source(String where, JsonNode collect, List<MetricName> metrics) {
        if (!collect.isObject()) {
            problems.add(where + ": collect: must be an object");
            return null;
        }
        unknownFields(where, "collect.", collect, COLLECT_FIELDS);
        String kind = text(collect, "source");
        SourceDefinition.Kind sourceKind = null;
        if (kind == null) {
            problems.add(where + ": collect.source: is required (http or browser)");
        } else {
            try {
                sourceKind = SourceDefinition.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(where + ": collect.source: must be http or browser, not '" + kind + "'");
            }
        }
        Duration timeout = duration(where, collect, "timeout", Duration.ofSeconds(15));
        List<MetricRule> rules = rules(where, collect.get("rules"), metrics);
        String privateWhen = selector(where, "collect.privateWhen", collect.get("privateWhen"));
        String missingWhen = selector(where, "collect.missingWhen", collect.get("missingWhen"));
        if (sourceKind == null || rules.isEmpty() || timeout == null) {
            return null;
        }
        return new SourceDefinition(sourceKind, new PageRules(rules, privateWhen, missingWhen), timeout);
    }

    private List<MetricRule> rules(String where, JsonNode rules, List<MetricName> metrics) {
        if (rules == null || !rules.isObject()) {
            problems.add(where + ": collect.rules: must give a rule for each metric: " + metrics);
            return List.of();
        }
        List<MetricRule> parsed = new ArrayList<>();
        rules.fieldNames().forEachRemaining(name -> {
            if (metrics.stream().noneMatch(metric -> metric.value().equals(name))) {
                problems.add(where + ": collect.rules." + name + ": is not one of the platform's metrics " + metrics);
            }
        });
        for (MetricName metric : metrics) {
            String field = "collect.rules." + metric;
            JsonNode rule = rules.get(metric.value());
            if (rule == null || !rule.isObject()) {
                problems.add(where + ": " + field + ": is required: { css: \"...\", regex: \"...\" (optional) }");
                continue;
            }
            unknownFields(where, field + ".", rule, RULE_FIELDS);
            String css = text(rule, "css");
            String regex = text(rule, "regex");
            if (css == null || css.isBlank()) {
                problems.add(where + ": " + field + ".css: is required");
                continue;
            }
            Pattern pattern = null;
            if (regex != null) {
                try {
                    pattern = Pattern.compile(regex);
                } catch (PatternSyntaxException bad) {
                    problems.add(where + ": " + field + ".regex: is not a regular expression: " + bad.getDescription());
                    continue;
                }
            }
            parsed.add(new MetricRule(metric, css, pattern));
        }
        return parsed;
    }

    private String selector(String where, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String css = node.isObject() ? text(node, "css") : null;
        if (css == null || css.isBlank()) {
            problems.add(where + ": " + field + ": must be { css: \"...\" }");
            return null;
        }
        return css;
    }

    private List<MetricName> metrics(String where, JsonNode node) {
        List<String> names = strings(where, "metrics", node);
        if (node == null || names.isEmpty()) {
            problems.add(where + ": metrics: must list at least one metric, such as [followers]");
            return List.of();
        }
        List<MetricName> metrics = new ArrayList<>();
        for (String name : names) {
            try {
                metrics.add(MetricName.of(name));
            } catch (IllegalArgumentException bad) {
                problems.add(where + ": metrics: " + bad.getMessage());
            }
        }
        return metrics;
    }

    private List<String> strings(String where, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(where + ": " + field + ": must be a list");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        node.forEach(item -> {
            if (item.isTextual()) {
                values.add(item.textValue());
            } else {
                problems.add(where + ": " + field + ": must hold text only, not " + item);
            }
        });
        return values;
    }

    private Duration duration(String where, JsonNode node, String field, Duration fallback) {
        String text = text(node, field);
        if (text == null) {
            return fallback;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException bad) {
            problems.add(where + ": collect." + field + ": must be an ISO-8601 duration such as P1D or PT12H, not '"
                    + text + "'");
            return null;
        }
    }

    private int number(String where, JsonNode node, String field, int fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            problems.add(where + ": collect." + field + ": must be a whole number, not " + value);
            return fallback;
        }
        return value.intValue();
    }

    private void unknownFields(String where, String prefix, JsonNode node, Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(where + ": " + prefix + name + ": is not a known field (typo?); known: "
                        + known.stream().sorted().toList());
            }
        });
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
