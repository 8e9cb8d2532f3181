package dev.roster.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Jackson could not bind, told instead of thrown: an unknown field (a typo) or a value of the wrong kind is noted
 * with its path and left out (as if not given), so binding goes on and every problem of the file is told at once.
 * One instance per read: it collects.
 */
final class BindingProblems extends DeserializationProblemHandler {

    /** One thing wrong, at a path such as {@code platforms[0].collect.rules}. */
    record Problem(String path, String message) {}

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Unknown fields, found by walking the file's tree beside the records' components. (Jackson's own report cannot
     * say where: it replays a record's unknown fields after the record is built, when the parser has moved on.)
     */
    void unknownFields(JsonNode node, Type type, String path) {
        Class<?> raw = type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
        if (raw.isRecord() && node.isObject()) {
            Map<String, Type> components = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonProperty named = component.getAccessor().getAnnotation(JsonProperty.class);
                components.put(named != null ? named.value() : component.getName(), component.getGenericType());
            }
            node.fields().forEachRemaining(field -> {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (components.containsKey(field.getKey())) {
                    unknownFields(field.getValue(), components.get(field.getKey()), at);
                } else {
                    problems.add(new Problem(
                            at,
                            "is not a known field (typo?); known: "
                                    + components.keySet().stream().sorted().toList()));
                }
            });
        } else if (type instanceof ParameterizedType generic && node.isContainerNode()) {
            Type[] arguments = generic.getActualTypeArguments();
            Type element = arguments[arguments.length - 1];
            if (node.isArray() && List.class.isAssignableFrom(raw)) {
                for (int i = 0; i < node.size(); i++) {
                    unknownFields(node.get(i), element, path + "[" + i + "]");
                }
            } else if (node.isObject() && Map.class.isAssignableFrom(raw)) {
                node.fields()
                        .forEachRemaining(
                                field -> unknownFields(field.getValue(), element, path + "." + field.getKey()));
            }
        }
    }

    /** Already told by {@link #unknownFields}: skipped here. */
    @Override
    public boolean handleUnknownProperty(
            DeserializationContext context,
            JsonParser parser,
            JsonDeserializer<?> deserializer,
            Object beanOrClass,
            String propertyName)
            throws IOException {
        parser.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(
            DeserializationContext context, Class<?> targetType, String value, String failureMsg) {
        problems.add(new Problem(path(context.getParser()), expected(targetType) + ", not '" + value + "'"));
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(
            DeserializationContext context, Class<?> targetType, Number value, String failureMsg) {
        problems.add(new Problem(path(context.getParser()), expected(targetType) + ", not " + value));
        return null;
    }

    @Override
    public Object handleUnexpectedToken(
            DeserializationContext context, JavaType targetType, JsonToken token, JsonParser parser, String failureMsg)
            throws IOException {
        problems.add(new Problem(path(parser), expected(targetType.getRawClass()) + value(parser)));
        parser.skipChildren();
        return null;
    }

    @Override
    public Object handleMissingInstantiator(
            DeserializationContext context,
            Class<?> instClass,
            ValueInstantiator valueInsts,
            JsonParser parser,
            String msg)
            throws IOException {
        problems.add(new Problem(path(parser), expected(instClass) + value(parser)));
        parser.skipChildren();
        return null;
    }

    /**
     * A value Jackson refused outright, past the handler (such as 1.5 for a whole number): binding stops there, so
     * this is the one problem told.
     */
    static Problem stopped(MismatchedInputException refused) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : refused.getPath()) {
            path.append(
                    step.getFieldName() == null
                            ? "[" + step.getIndex() + "]"
                            : (path.isEmpty() ? "" : ".") + step.getFieldName());
        }
        Class<?> type = refused.getTargetType() == null ? Object.class : refused.getTargetType();
        String value = refused instanceof InvalidFormatException invalid ? ", not " + invalid.getValue() : "";
        return new Problem(path.toString(), expected(type) + value);
    }

    /** ", not 5" for a single value the parser is at; nothing for a list or an object. */
    private static String value(JsonParser parser) throws IOException {
        return parser.currentToken() != null && parser.currentToken().isScalarValue()
                ? ", not " + parser.getText()
                : "";
    }

    /** What a value of {@code type} must be, in the file's words. */
    @SuppressWarnings("unchecked")
    private static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type.isEnum()) {
            return "must be " + spelled((Class<? extends Enum<?>>) type);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be text";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "must be an object" : "is not valid";
    }

    /** The enum's values as the file spells them: "http or browser". */
    private static String spelled(Class<? extends Enum<?>> type) {
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(value -> value.name().toLowerCase(Locale.ROOT))
                .toList();
        return names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** The path of the value the parser is at: {@code platforms[0].hosts[1]}. */
    private static String path(JsonParser parser) {
        JsonStreamContext at = parser.getParsingContext();
        if (parser.currentToken() == JsonToken.START_ARRAY || parser.currentToken() == JsonToken.START_OBJECT) {
            at = at.getParent(); // the value is the array or object just entered
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = at; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                parts.add(0, "[" + context.getCurrentIndex() + "]");
            } else if (context.getCurrentName() != null) {
                parts.add(0, "." + context.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
