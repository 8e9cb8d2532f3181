package dev.roster.domain.influencer;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +821012345678}). Reading what people type is the application's job; this only
 * holds numbers already in canonical form.
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public PhoneNumber {
        Objects.requireNonNull(e164, "phone number");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 phone number: " + e164);
        }
    }

    public static PhoneNumber ofE164(String e164) {
        return new PhoneNumber(e164);
    }

    @Override
    public String toString() {
        return e164;
    }
}
