package dev.roster.dynamodb.testserver.expression;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** The words AWS's "Reserved words in DynamoDB" lists: none may be an attribute name in an expression, in any case. */
final class ReservedWords {

    private final Set<String> words;

    private ReservedWords(Set<String> words) {
        this.words = words;
    }

    static ReservedWords load() {
        try (InputStream in = ReservedWords.class.getResourceAsStream("reserved-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("reserved-words.txt is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return new ReservedWords(Set.of(text.strip().split("\\s+")));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    boolean contains(String name) {
        return words.contains(name.toUpperCase(Locale.ROOT));
    }
}
