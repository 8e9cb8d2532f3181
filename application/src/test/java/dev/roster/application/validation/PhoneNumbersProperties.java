package dev.roster.application.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aNumberReadsTheSameHoweverItIsWritten(@ForAll("mobiles") Mobile mobile,
            @ForAll("layouts") String layout) {
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

    @Property(tries = 20)
    void refusesUnknownRegions(@ForAll("notRegions") String region) {
        assertThatThrownBy(() -> new PhoneNumbers(region)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Mobile> mobiles() {
        Arbitrary<String> middle = Combinators.combine(Arbitraries.of('1', '2', '3', '4', '6', '7', '8', '9'),
                Arbitraries.strings().numeric().ofLength(3)).as((first, rest) -> first + rest);
        return Combinators.combine(middle, Arbitraries.strings().numeric().ofLength(4)).as(Mobile::new);
    }

    @Provide
    Arbitrary<String> layouts() {
        return Arbitraries.of(List.of("010-MMMM-LLLL", "010MMMMLLLL", "010 MMMM LLLL", "+82 10 MMMM LLLL",
                "+82-10-MMMM-LLLL", "+821 0MMMM LLLL", "10MMMMLLLL", "(010) MMMM-LLLL", "010.MMMM.LLLL",
                " 010-MMMM-LLLL ", "+82 (0)10-MMMM-LLLL"));
    }

    @Provide
    Arbitrary<String> notRegions() {
        return Arbitraries.of("XX", "ZZ", "KOR", "", "k");
    }
}
