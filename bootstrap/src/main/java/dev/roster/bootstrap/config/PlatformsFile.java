package dev.roster.bootstrap.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.roster.adapters.http.routes.PlatformsDocument;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.bootstrap.config.BindingProblems.Problem;
import dev.roster.bootstrap.config.PlatformsFileShape.PlatformShape;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import dev.roster.domain.platform.PlatformCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the platform definitions file ({@code ROSTER_PLATFORMS_FILE}, YAML or JSON): Jackson binds it to
 * {@link PlatformsFileShape}'s records and Jakarta Validation checks them, so that a bad file stops start-up with every
 * problem listed, each naming the platform, the field and its path in the file ({@code platforms[0].hosts}).
 */
public final class PlatformsFile {

    static final String SETTING = "--platforms-file";
    private static final Pattern IN_A_PLATFORM = Pattern.compile("platforms\\[(\\d+)](?:\\.(.+))?");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private PlatformsFile() {}

    /**
     * The definitions in {@code file}, or the built-in platforms when there is no file: what every process that knows
     * the platforms (the server, the office collector, the Lambda functions) starts from.
     *
     * @param file the file, or {@code null}
     * @throws ConfigurationException naming the setting, then each problem as "platform x: field: what is wrong"
     */
    public static PlatformDefinitions load(java.nio.file.Path file) {
        if (file == null) {
            return PlatformDefinitions.builtIn();
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(SETTING, "no such file: " + file);
        }
        return read(file);
    }

    /** @throws ConfigurationException naming the setting, then each problem as "platform x: field: what is wrong" */
    public static PlatformDefinitions read(java.nio.file.Path file) {
        byte[] text;
        try {
            text = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new ConfigurationException(SETTING, "cannot read " + file + ": " + unreadable.getMessage());
        }
        return read(text, problem -> new ConfigurationException(SETTING, file + " " + problem));
    }

    /**
     * The definitions a Roster server hands out ({@code GET /api/platforms/definitions}), checked by the same binding
     * and rules as a file: what the office collector reads pages by when it is given no file.
     *
     * @param from where the document came from, for the message
     * @throws ConfigurationException saying where it came from, then each problem as "platform x: field: what is wrong"
     */
    public static PlatformDefinitions fromServer(byte[] json, URI from) {
        return read(
                json,
                problem -> new ConfigurationException("the platform definitions from " + from + " (the server's, as "
                        + SETTING + " was not given) " + problem));
    }

    private static PlatformDefinitions read(byte[] text, Function<String, ConfigurationException> refuse) {
        ObjectMapper mapper = JsonMapper.builder(new YAMLFactory())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (IOException unreadable) {
            throw refuse.apply("is not YAML or JSON: cannot read it: " + unreadable.getMessage());
        }
        BindingProblems binding = new BindingProblems();
        if (tree != null) {
            binding.unknownFields(tree, PlatformsFileShape.class, "");
        }
        PlatformsFileShape shape;
        try {
            shape = tree == null || tree.isMissingNode() || tree.isNull()
                    ? new PlatformsFileShape(null)
                    : mapper.readerFor(PlatformsFileShape.class)
                            .withHandler(binding)
                            .readValue(text);
        } catch (MismatchedInputException refused) {
            throw invalid(refuse, List.of(BindingProblems.stopped(refused)), tree);
        } catch (IOException unexpected) {
            throw refuse.apply("cannot read it: " + unexpected.getMessage());
        }
        List<Problem> problems = new ArrayList<>(binding.problems());
        Set<String> told = problems.stream().map(Problem::path).collect(Collectors.toSet());
        // A value left out for being of the wrong kind is told once, not again as missing.
        violations(shape).stream()
                .filter(violation -> !told.contains(violation.path()))
                .forEach(problems::add);
        if (problems.isEmpty()) {
            try {
                return definitions(shape, tree);
            } catch (IllegalArgumentException refused) { // a rule of the domain no annotation restates
                throw refuse.apply("is not valid:\n  " + refused.getMessage());
            }
        }
        throw invalid(refuse, problems, tree);
    }

    private static ConfigurationException invalid(
            Function<String, ConfigurationException> refuse, List<Problem> problems, JsonNode tree) {
        List<String> lines = problems.stream()
                .sorted(Comparator.comparingInt(PlatformsFile::platformIndex).thenComparing(Problem::path))
                .map(problem -> told(problem, tree))
                .distinct()
                .toList();
        return refuse.apply("is not valid:\n  " + String.join("\n  ", lines));
    }

    private static List<Problem> violations(PlatformsFileShape shape) {
        // Built per read: a file is read once, at start-up; the factory is closed with it.
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            return validator.validate(shape).stream()
                    .map(violation -> new Problem(path(violation), violation.getMessage()))
                    .toList();
        }
    }

    /** The violation's place as the file writes it: {@code platforms[0].collect.rules.followers.regex}. */
    private static String path(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                path.append(node.getIndex() != null ? "[" + node.getIndex() + "]" : "." + node.getKey());
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.toString();
    }

    /** The index of the platform the problem is in, -1 for the file's own. */
    private static int platformIndex(Problem problem) {
        Matcher inAPlatform = IN_A_PLATFORM.matcher(problem.path());
        return inAPlatform.matches() ? Integer.parseInt(inAPlatform.group(1)) : -1;
    }

    /** "platform a: collect.rules.likes: is not one of ... (at platforms[0].collect.rules.likes)". */
    private static String told(Problem problem, JsonNode tree) {
        Matcher inAPlatform = IN_A_PLATFORM.matcher(problem.path());
        if (!inAPlatform.matches()) {
            return (problem.path().isEmpty() ? "platforms" : problem.path()) + ": " + problem.message();
        }
        int index = Integer.parseInt(inAPlatform.group(1));
        JsonNode code = tree.path("platforms").path(index).path("code");
        String platform = "platform " + (code.isValueNode() ? code.asText() : "#" + (index + 1));
        String field = inAPlatform.group(2) == null
                ? ""
                : INDEX.matcher(inAPlatform.group(2)).replaceAll("") + ": ";
        return platform + ": " + field + problem.message() + " (at " + problem.path() + ")";
    }

    /** The definitions of a file with no problems left; {@code document}, the file as JSON, is what the server hands out. */
    private static PlatformDefinitions definitions(PlatformsFileShape shape, JsonNode document) {
        List<Platform> platforms = new ArrayList<>();
        Map<PlatformCode, PlatformCollection> collection = new LinkedHashMap<>();
        Map<PlatformCode, SourceDefinition> sources = new LinkedHashMap<>();
        for (PlatformShape entry : shape.platforms()) {
            Platform platform = entry.platform();
            platforms.add(platform);
            if (entry.collect() != null) {
                collection.put(platform.code(), entry.collect().settings(entry.profileUrl()));
                sources.put(
                        platform.code(),
                        entry.collect().definition(platform.metrics(), entry.posts(), entry.comments()));
            }
        }
        return new PlatformDefinitions(PlatformCatalog.of(platforms), collection, sources, asJson(document));
    }

    /** The definitions as JSON, whatever the file was written in: what the server hands the office collector. */
    private static PlatformsDocument asJson(JsonNode document) {
        try {
            return PlatformsDocument.of(JsonMapper.builder().build().writeValueAsBytes(document));
        } catch (IOException unexpected) { // a tree just read is always writable
            throw new UncheckedIOException(unexpected);
        }
    }
}
