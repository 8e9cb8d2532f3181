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
    /** Korea's calling code, whose mobile numbers {@link #koreanMobile} reads without the parser. */
    private static final int KOREA = 82;

    private final String defaultRegion;
    /** 82 for KR: the default region's calling code when it is that region's alone, else 0. */
    private final int homeCallingCode;
    /** {@code +82} for KR, or null: what E.164 numbers of {@link #homeCallingCode} start with. */
    private final String homePrefix;

    /** @param defaultRegion an ISO 3166 region code such as {@code KR} */
    public PhoneNumbers(String defaultRegion) {
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        String region = defaultRegion.toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("unknown phone region: " + defaultRegion);
        }
        this.defaultRegion = region;
        int callingCode = UTIL.getCountryCodeForRegion(region);
        boolean alone = UTIL.getRegionCodesForCountryCode(callingCode).size() == 1;
        this.homeCallingCode = alone ? callingCode : 0;
        this.homePrefix = alone ? "+" + callingCode : null;
    }

    /** The number {@code text} spells, if it is a valid number (not merely one that parses) without an extension. */
    public Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        PhoneNumber mobile = koreanMobile(text);
        if (mobile != null) {
            return Optional.of(mobile);
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
     * A Korean mobile number as staff type it, read without libphonenumber's parser, whose regular expressions cost most
     * of an imported row's check: {@code 010-1234-5678}, {@code 01012345678}, {@code 1012345678} (a number cell that
     * lost its zero), {@code +82 10 1234 5678}, {@code +82 010-1234-5678}, with spaces, hyphens or dots between the
     * digits. The national number ({@code 10} and eight digits) is the one libphonenumber's parser takes from these
     * shapes; only a number libphonenumber itself calls valid is answered here, so every refusal, and every other
     * shape, still comes from the parser (PhoneNumbersProperties compares the two on generated input). Null when the
     * default region is not KR or the text is not such a number.
     */
    PhoneNumber koreanMobile(String text) {
        if (homeCallingCode != KOREA) {
            return null;
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int at = 0;
        while (at < end && text.charAt(at) == ' ') {
            at++;
        }
        boolean international = text.startsWith("+82", at);
        if (international) {
            at += 3;
        }
        long national = 0;
        int digits = 0;
        boolean mayBreak = international; // one separator after +82 or a digit, never two, never at either end
        boolean broken = false;
        for (; at < end; at++) {
            char c = text.charAt(at);
            if (c >= '0' && c <= '9') {
                if (digits == 11) {
                    return null;
                }
                national = national * 10 + (c - '0');
                digits++;
                mayBreak = true;
                broken = false;
            } else if ((c == '-' || c == ' ' || c == '.') && mayBreak) {
                mayBreak = false;
                broken = true;
            } else {
                return null;
            }
        }
        // 10 and eight digits: with its trunk zero (11 digits, the first a zero) or without (10); the parser reads
        // both, behind +82 or not, as the national number 10xxxxxxxx.
        if (broken || (digits != 10 && digits != 11) || national / 100_000_000L != 10) {
            return null;
        }
        Phonenumber.PhoneNumber number =
                new Phonenumber.PhoneNumber().setCountryCode(KOREA).setNationalNumber(national);
        return UTIL.isValidNumber(number) ? PhoneNumber.ofE164("+82" + national) : null;
    }

    /**
     * The number as staff write it: {@code 010-1234-5678} for one of the default region, {@code +1 201-555-0123}
     * for any other.
     */
    public String display(PhoneNumber phone) {
        Phonenumber.PhoneNumber ofHome = homeNumber(phone.e164());
        if (ofHome != null) {
            return UTIL.format(ofHome, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(phone.e164(), defaultRegion);
            boolean home = defaultRegion.equals(UTIL.getRegionCodeForNumber(number));
            return UTIL.format(
                    number,
                    home
                            ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                            : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException unreadable) {
            return phone.e164();
        }
    }

    /**
     * A number of the default region taken apart without libphonenumber's parser, whose regular expressions cost
     * 4-5 µs a number, more than half of an export row: an E.164 number behind the region's own calling code is that
     * code and its national number, unless the national number keeps a leading zero (Italy's do), which the parser
     * is left to handle. Null for any other number.
     */
    private Phonenumber.PhoneNumber homeNumber(String e164) {
        if (homePrefix == null
                || !e164.startsWith(homePrefix)
                || e164.length() == homePrefix.length()
                || e164.charAt(homePrefix.length()) == '0') {
            return null;
        }
        for (int i = homePrefix.length(); i < e164.length(); i++) {
            if (e164.charAt(i) < '0' || e164.charAt(i) > '9') {
                return null;
            }
        }
        return new Phonenumber.PhoneNumber()
                .setCountryCode(homeCallingCode)
                .setNationalNumber(Long.parseLong(e164.substring(homePrefix.length())));
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
            problems.add(
                    field,
                    "is not a valid phone number (numbers without a country code are read as " + defaultRegion + ")");
        }
        return phone.orElse(null);
    }
}
