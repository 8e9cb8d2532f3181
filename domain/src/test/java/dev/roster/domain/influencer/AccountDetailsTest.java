package dev.roster.domain.influencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class AccountDetailsTest {

    private static final Handle HANDLE = Handle.of("minji");

    @Test
    void everythingButTheHandleMayBeAbsent() {
        AccountDetails details = new AccountDetails(HANDLE, null, null, null);

        assertThat(details.handle()).isEqualTo(HANDLE);
        assertThat(details.profileUrl()).isNull();
        assertThat(details.email()).isNull();
        assertThat(details.notes()).isNull();
    }

    @Test
    void refusesAMissingHandle() {
        assertThatNullPointerException().isThrownBy(() -> new AccountDetails(null, null, null, null));
    }

    @Test
    void acceptsFieldsAtTheirBounds() {
        String url = "https://blog.example/" + "p".repeat(AccountDetails.MAX_PROFILE_URL_LENGTH - 21);
        String email = "e".repeat(AccountDetails.MAX_EMAIL_LENGTH - 12) + "@example.com";
        String notes = "n".repeat(AccountDetails.MAX_NOTES_LENGTH);

        AccountDetails details = new AccountDetails(HANDLE, url, email, notes);

        assertThat(details.profileUrl()).hasSize(2048);
        assertThat(details.email()).hasSize(254);
        assertThat(details.notes()).hasSize(2000);
    }

    @Test
    void refusesFieldsOverTheirBounds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AccountDetails(HANDLE, "u".repeat(2049), null, null))
                .withMessageContaining("profileUrl");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AccountDetails(HANDLE, null, "e".repeat(255), null))
                .withMessageContaining("email");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AccountDetails(HANDLE, null, null, "n".repeat(2001)))
                .withMessageContaining("notes");
    }

    @Test
    void refusesEmptyStringsForAbsentFields() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountDetails(HANDLE, "", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountDetails(HANDLE, null, "", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountDetails(HANDLE, null, null, ""));
    }
}
