package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+821012345678", "+1234567", "+123456789012345", "+14155552671"})
    void acceptsE164(String text) {
        PhoneNumber phone = PhoneNumber.ofE164(text);

        assertThat(phone.e164()).isEqualTo(text);
        assertThat(phone).hasToString(text).isEqualTo(new PhoneNumber(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "821012345678", // no plus
                "01012345678", // national form
                "+021012345678", // country code starting with 0
                "+123456", // 6 digits: too short
                "+1234567890123456", // 16 digits: too long
                "+82 10 1234 5678", // spaces
                "+82-10-1234-5678", // hyphens
                " +821012345678", // leading space
                "+821012345678 ", // trailing space
                "++821012345678",
                "\uFF0B821012345678", // full-width plus
                "+82\uFF11\uFF1012345678", // full-width digits
                "+",
                ""
            })
    void refusesAnythingElse(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.ofE164(text));
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> PhoneNumber.ofE164(null));
    }
}
