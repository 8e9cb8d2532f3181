package dev.roster.application.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.roster.domain.influencer.PhoneNumber;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads phone numbers as people write them ({@code 010-1234-5678}, {@code +82 10 1234 5678}, or {@code 1012345678}
 * from a number cell that lost its leading zero) into E.164, with libphonenumber. Numbers without a country code are
 * read as numbers of the default region.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    /** @param defaultRegion an ISO 3166 region code such as {@code KR} */
    public PhoneNumbers(String defaultRegion) {
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        String region = defaultRegion.toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("unknown phone region: " + defaultRegion);
        }
        this.defaultRegion = region;
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** The number {@code text} spells, if it is a valid number (not merely one that parses) without an extension. */
    public Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(text, defaultRegion);
            if (number.hasExtension() || !UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(PhoneNumber.ofE164(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The number as staff write it: {@code 010-1234-5678} for one of the default region, {@code +1 201-555-0123}
     * for any other.
     */
    public String display(PhoneNumber phone) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(phone.e164(), defaultRegion);
            boolean home = defaultRegion.equals(UTIL.getRegionCodeForNumber(number));
            return UTIL.format(number, home ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                    : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException unreadable) {
            return phone.e164();
        }
    }

    /**
     * Reads {@code field} as a phone number, or adds a problem and returns {@code null}. A field that already has a
     * problem is not read again.
     */
    public PhoneNumber read(String field, String text, Problems problems) {
        if (problems.has(field)) {
            return null;
        }
        Optional<PhoneNumber> phone = parse(text);
        if (phone.isEmpty()) {
            problems.add(field,
                    "is not a valid phone number (numbers without a country code are read as " + defaultRegion + ")");
        }
        return phone.orElse(null);
    }
}
