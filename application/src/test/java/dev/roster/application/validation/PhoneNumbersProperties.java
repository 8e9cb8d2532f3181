package dev.roster.application.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.roster.domain.influencer.PhoneNumber;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
        return Arbitraries.of(List.of(
                "010-MMMM-LLLL",
                "010MMMMLLLL",
                "010 MMMM LLLL",
                "+82 10 MMMM LLLL",
                "+82-10-MMMM-LLLL",
                "+821 0MMMM LLLL",
                "10MMMMLLLL",
                "(010) MMMM-LLLL",
                "010.MMMM.LLLL",
                " 010-MMMM-LLLL ",
                "+82 (0)10-MMMM-LLLL"));
    }

    @Provide
    Arbitrary<String> notRegions() {
        return Arbitraries.of("XX", "ZZ", "KOR", "", "k");
    }
}
