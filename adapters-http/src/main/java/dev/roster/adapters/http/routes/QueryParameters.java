package dev.roster.adapters.http.routes;

import dev.roster.application.error.InvalidInputException;
import dev.roster.application.validation.Problems;
import java.util.Locale;
import java.util.function.Supplier;

/** Reads typed query parameters, collecting a problem for each one that does not read. */
final class QueryParameters {

    private final ApiRequest request;
    private final Problems problems = new Problems();

    QueryParameters(ApiRequest request) {
        this.request = request;
    }

    String text(String name) {
        return request.queryParam(name).orElse(null);
    }

    Long wholeNumber(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            problems.add(name, "must be a whole number");
            return null;
        }
    }

    Integer smallNumber(String name) {
        Long value = wholeNumber(name);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            problems.add(name, "is out of range");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    Boolean yesNo(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(name, "must be true or false");
                yield null;
            }
        };
    }

    /** Refuses with every problem of the parameters read so far; does nothing when they all read. */
    void requireValid() {
        problems.throwIfAny();
    }

    /**
     * Runs a read with the parameters that did read, and refuses with every problem at once: those of the parameters
     * here and those the use case finds. Only for reads, which are safe to run to find their problems.
     */
    <T> T read(Supplier<T> useCase) {
        if (problems.isEmpty()) {
            return useCase.get();
        }
        try {
            useCase.get();
        } catch (InvalidInputException more) {
            more.errors().forEach(error -> problems.add(error.field(), error.message()));
        }
        problems.throwIfAny();
        throw new IllegalStateException("unreachable: problems were found");
    }
}
