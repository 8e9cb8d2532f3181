package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class PersonIdentityTest {

    private static PersonIdentity identity(String name, String phone) {
        return new PersonIdentity(PersonName.of(name), PhoneNumber.ofE164(phone));
    }

    @Test
    void keyIsEqualForTheSamePhoneAndANameInAnotherCase() {
        assertThat(identity("Minji Kim", "+821012345678").key())
                .isEqualTo(identity("MINJI kim", "+821012345678").key());
    }

    @Test
    void keyIsEqualOnceTheNameIsCanonical() {
        assertThat(identity("  Minji   Kim ", "+821012345678").key())
                .isEqualTo(identity("Minji Kim", "+821012345678").key());
        assertThat(identity("\u1100\u1161", "+821012345678").key())
                .isEqualTo(identity("가", "+821012345678").key());
    }

    @Test
    void keyDiffersForDifferentPhonesOrNames() {
        String key = identity("Minji Kim", "+821012345678").key();

        assertThat(identity("Minji Kim", "+821012345679").key()).isNotEqualTo(key);
        assertThat(identity("Minji Lee", "+821012345678").key()).isNotEqualTo(key);
    }

    @Test
    void keyIsThePhoneThenTheLowerCasedName() {
        assertThat(identity("Minji Kim", "+821012345678").key()).isEqualTo("+821012345678 minji kim");
    }

    @Test
    void refusesMissingParts() {
        assertThatNullPointerException()
                .isThrownBy(() -> new PersonIdentity(null, PhoneNumber.ofE164("+821012345678")));
        assertThatNullPointerException().isThrownBy(() -> new PersonIdentity(PersonName.of("Minji"), null));
    }
}
