package dev.roster.domain.influencer;

import java.text.Normalizer;

/** The canonical form of free text in identities: NFC, trimmed, runs of white space folded to one space. */
final class Text {

    private Text() {
    }

    static String canonical(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    static void requireLength(String what, String text, int max) {
        if (text.isEmpty() || text.length() > max) {
            throw new IllegalArgumentException(what + " must be 1-" + max + " characters");
        }
    }
}
