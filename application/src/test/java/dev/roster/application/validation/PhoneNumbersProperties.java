package dev.roster.application.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.roster.domain.influencer.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class PhoneNumbersProperties {

    private final PhoneNumbers korean = new PhoneNumbers("KR");

    /** A Korean mobile number's eight digits after 010; libphonenumber holds 0105xxxx to stricter rules. */
    record Mobile(String middle, String last) {

        String e164() {
            return "+8210" + middle + last;
        }
    }

    @Property
    void aNumberReadsTheSameHoweverItIsWritten(@ForAll("mobiles") Mobile mobile, @ForAll("layouts") String layout) {
        String typed = layout.replace("MMMM", mobile.middle()).replace("LLLL", mobile.last());

        assertThat(korean.parse(typed)).as(typed).contains(PhoneNumber.ofE164(mobile.e164()));
    }

    @Property
    void readingANormalisedNumberAgainChangesNothing(@ForAll("mobiles") Mobile mobile) {
        PhoneNumber once = korean.parse("010" + mobile.middle() + mobile.last()).orElseThrow();

        assertThat(korean.parse(once.e164())).contains(once);
    }

    @Property
    void neverFailsOnWhateverIsTyped(@ForAll String typed) {
        korean.parse(typed).ifPresent(number -> assertThat(number.e164()).startsWith("+"));
    }

    /** Whatever the quick way to take a home number apart, it shows every number as libphonenumber's parser does. */
    @Property
    void showsAnyStoredNumberAsLibphonenumberDoes(
            @ForAll("storedNumbers") String e164, @ForAll("homeRegions") String region) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        String expected;
        try {
            Phonenumber.PhoneNumber number = util.parse(e164, region);
            boolean home = region.equals(util.getRegionCodeForNumber(number));
            expected = util.format(
                    number,
                    home
                            ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                            : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException unreadable) {
            expected = e164;
        }

        assertThat(new PhoneNumbers(region).display(PhoneNumber.ofE164(e164)))
                .as(e164)
                .isEqualTo(expected);
    }

    /**
     * The quick reading of Korean mobile numbers gives what libphonenumber alone gives (the number or nothing, hence the
     * same problem) for numbers as people type them and for the near misses around them: other lengths, prefixes,
     * separators, trunk and calling codes, 0105 9xxx (which libphonenumber refuses), stray characters.
     */
    @Property(tries = 5000)
    void readsAsLibphonenumberAloneDoes(@ForAll("typedNumbers") String typed) {
        Optional<PhoneNumber> expected = libphonenumberAlone(typed, "KR");
        Statistics.label("reading")
                .collect(
                        korean.koreanMobile(typed) != null
                                ? "quick"
                                : expected.isPresent() ? "parser, valid" : "parser, refused");
        Statistics.label("reading").coverage(coverage -> {
            coverage.check("quick").percentage(share -> share >= 10);
            coverage.check("parser, valid").count(count -> count >= 50);
            coverage.check("parser, refused").percentage(share -> share >= 10);
        });
        assertThat(korean.parse(typed)).as(typed).isEqualTo(expected);
        Problems problems = new Problems();
        PhoneNumber read = korean.read("phone", typed, problems);
        assertThat(Optional.ofNullable(read)).as(typed).isEqualTo(libphonenumberAlone(typed, "KR"));
        assertThat(problems.has("phone")).as(typed).isEqualTo(read == null);
    }

    @Property(tries = 2000)
    void readsAnyTextAsLibphonenumberAloneDoes(@ForAll String typed) {
        assertThat(korean.parse(typed)).as(typed).isEqualTo(libphonenumberAlone(typed, "KR"));
    }

    /** The quick reading is taken for the usual ways of writing a valid mobile number, or it saves nothing. */
    @Property
    void theUsualLayoutsTakeTheQuickReading(@ForAll("mobiles") Mobile mobile, @ForAll("quickLayouts") String layout) {
        String typed = layout.replace("MMMM", mobile.middle()).replace("LLLL", mobile.last());

        assertThat(korean.koreanMobile(typed)).as(typed).isEqualTo(PhoneNumber.ofE164(mobile.e164()));
    }

    @Property(tries = 200)
    void otherRegionsNeverTakeIt(@ForAll("typedNumbers") String typed, @ForAll("homeRegions") String region) {
        PhoneNumbers numbers = new PhoneNumbers(region);
        if (!region.equals("KR")) {
            assertThat(numbers.koreanMobile(typed)).isNull();
        }
        assertThat(numbers.parse(typed)).as(typed).isEqualTo(libphonenumberAlone(typed, region));
    }

    /** What {@link PhoneNumbers#parse} did before the quick reading: libphonenumber's parser and checks, nothing else. */
    private static Optional<PhoneNumber> libphonenumberAlone(String text, String region) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            Phonenumber.PhoneNumber number = util.parse(text, region);
            if (number.hasExtension() || !util.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(PhoneNumber.ofE164(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Layouts the quick reading takes; {@link #layouts()} adds those only the parser reads. */
    private static final List<String> QUICK_LAYOUTS = List.of(
            "010-MMMM-LLLL",
            "010MMMMLLLL",
            "010 MMMM LLLL",
            "010.MMMM.LLLL",
            " 010-MMMM-LLLL ",
            "10MMMMLLLL",
            "+82 10 MMMM LLLL",
            "+82-10-MMMM-LLLL",
            "+8210MMMMLLLL",
            "+821 0MMMM LLLL",
            "+82 010-MMMM-LLLL",
            "010 MMMM-LLLL");

    @Provide
    Arbitrary<String> quickLayouts() {
        return Arbitraries.of(QUICK_LAYOUTS);
    }

    /** Numbers typed in a sheet's phone column: mostly mobile-like, often a little off. */
    @Provide
    Arbitrary<String> typedNumbers() {
        Arbitrary<String> lead = Arbitraries.of(
                "",
                "",
                "",
                "+82",
                "+82 ",
                "+82-",
                "+82.",
                "+820",
                "+82 0",
                "+8",
                "+81 ",
                "+1 ",
                "82",
                "0082 ",
                " ",
                "  ",
                "-",
                "+",
                "++82",
                "+82  ",
                "(",
                "tel:",
                "\t",
                "\u00a0",
                "\uff0b82 ");
        Arbitrary<String> first = Arbitraries.oneOf(
                Arbitraries.of(
                        "010",
                        "10",
                        "0010",
                        "011",
                        "016",
                        "019",
                        "070",
                        "02",
                        "031",
                        "1",
                        "01",
                        "0",
                        "100",
                        "1010",
                        "01O",
                        "010",
                        "010",
                        "010",
                        "\uff10\uff11\uff10"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4));
        Arbitrary<String> group = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().numeric().ofLength(4),
                Arbitraries.strings().numeric().ofLength(4),
                Arbitraries.of("59", "597", "5970", "9999", "0000", "1234"));
        Arbitrary<String> separator = Arbitraries.of(
                "-", "-", " ", ".", "", "", "--", "  ", "/", "(", ")", "\t", "\u2013", "x", " ext. ", "#", "-.");
        Arbitrary<String> tail =
                Arbitraries.of("", "", "", " ", "-", "#", " x12", "\u00a0", ".", "\uff10", "a", ";", " ", "  ");
        Arbitrary<String> anyShape = Combinators.combine(lead, first, separator, group, separator, group, tail)
                .as((l, f, s1, g1, s2, g2, t) -> l + f + s1 + g1 + s2 + g2 + t);
        // Mobile numbers as typed, valid or just off (any middle, so 0105 9xxx too; a digit more or less).
        Arbitrary<String> mobileLead = Arbitraries.of("", "", " ", "+82", "+82 ", "+82-", "+820", "+82 0", "0");
        Arbitrary<String> mobileFirst = Arbitraries.of("010", "010", "10", "01", "0010", "011");
        Arbitrary<String> mobileSeparator = Arbitraries.of("-", "-", " ", ".", "", "", "--", " -");
        Arbitrary<String> four = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(4),
                Arbitraries.strings().numeric().ofLength(4),
                Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(5),
                Arbitraries.of("5970", "5999", "5960", "0000", "1234"));
        Arbitrary<String> mobileTail = Arbitraries.of("", "", "", "", " ", "-", ".", " x1");
        Arbitrary<String> mobileLike = Combinators.combine(
                        mobileLead, mobileFirst, mobileSeparator, four, mobileSeparator, four, mobileTail)
                .as((l, f, s1, g1, s2, g2, t) -> l + f + s1 + g1 + s2 + g2 + t);
        // The usual layouts with any eight digits: libphonenumber refuses some (0105 9xxx), the quick reading the rest.
        Arbitrary<String> usual = Combinators.combine(
                        quickLayouts(),
                        Arbitraries.strings().numeric().ofLength(4),
                        Arbitraries.strings().numeric().ofLength(4))
                .as((layout, middle, last) -> layout.replace("MMMM", middle).replace("LLLL", last));
        return Arbitraries.frequencyOf(Tuple.of(2, anyShape), Tuple.of(2, mobileLike), Tuple.of(1, usual));
    }

    /** E.164 as stores hold it: Korean, Italian (national numbers with a leading zero), North American, any. */
    @Provide
    Arbitrary<String> storedNumbers() {
        Arbitrary<String> national =
                Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(10);
        return Combinators.combine(Arbitraries.of("+82", "+8210", "+8202", "+39", "+390", "+1", "+44", "+7"), national)
                .as(String::concat);
    }

    @Provide
    Arbitrary<String> homeRegions() {
        return Arbitraries.of("KR", "IT", "US", "GB", "JP");
    }

    @Property(tries = 20)
    void refusesUnknownRegions(@ForAll("notRegions") String region) {
        assertThatThrownBy(() -> new PhoneNumbers(region)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Mobile> mobiles() {
        Arbitrary<String> middle = Combinators.combine(
                        Arbitraries.of('1', '2', '3', '4', '6', '7', '8', '9'),
                        Arbitraries.strings().numeric().ofLength(3))
                .as((first, rest) -> first + rest);
        return Combinators.combine(middle, Arbitraries.strings().numeric().ofLength(4))
                .as(Mobile::new);
    }

    @Provide
    Arbitrary<String> layouts() {
        List<String> all = new ArrayList<>(QUICK_LAYOUTS);
        all.addAll(List.of("(010) MMMM-LLLL", "+82 (0)10-MMMM-LLLL"));
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<String> notRegions() {
        return Arbitraries.of("XX", "ZZ", "KOR", "", "k");
    }
}
