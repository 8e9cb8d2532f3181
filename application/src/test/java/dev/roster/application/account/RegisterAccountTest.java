package dev.roster.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.RosterFixture;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import dev.roster.domain.platform.PlatformCode;
import dev.roster.domain.platform.PlatformHosts;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterAccountTest extends RosterFixture {

    @Test
    void registersANewPersonWithTheirFirstAccount() {
        AccountView view = roster.accounts()
                .register(new RegisterAccountCommand(
                        "a",
                        "  김민지 ",
                        "010-1234-5678",
                        " @minji ",
                        " https://blog.example/minji ",
                        "minji@example.com",
                        "  "));

        assertThat(view.influencer().name().value()).isEqualTo("김민지");
        assertThat(view.influencer().phone().e164()).isEqualTo("+821012345678");
        assertThat(view.account().platform()).isEqualTo(PlatformCode.of("a"));
        assertThat(view.account().version()).isEqualTo(1);
        assertThat(view.account().details())
                .isEqualTo(new AccountDetails(
                        Handle.of("minji"), "https://blog.example/minji", "minji@example.com", null));
        assertThat(view.otherAccounts()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010-1234-5678",
                "01012345678",
                "+82 10 1234 5678",
                "+82-10-1234-5678",
                "1012345678",
                "(010) 1234 5678",
                "010.1234.5678"
            })
    void readsPhoneNumbersHoweverTheyAreWritten(String typed) {
        assertThat(register("a", "Kim", typed, "kim").influencer().phone().e164())
                .isEqualTo("+821012345678");
    }

    @Test
    void attachesAnAccountToThePersonWithTheSameNameAndPhoneHoweverTyped() {
        AccountView first = register("a", "Kim Minji", "010-1234-5678", "minji");

        AccountView second = register("b", "kim  minji", "+82 10 1234 5678", "minji_b");

        assertThat(second.influencer().id()).isEqualTo(first.influencer().id());
        assertThat(second.otherAccounts())
                .extracting(ref -> ref.handle().value())
                .containsExactly("minji");
    }

    @Test
    void treatsTheSameNameWithAnotherPhoneAsAnotherPerson() {
        AccountView first = register("a", "Kim Minji", "010-1234-5678", "minji");

        AccountView namesake = register("a", "Kim Minji", "010-1234-5679", "other_minji");

        assertThat(namesake.influencer().id()).isNotEqualTo(first.influencer().id());
    }

    @Test
    void reportsEveryFieldProblemAtOnceAndSavesNothing() {
        RegisterAccountCommand command = new RegisterAccountCommand(
                "a", " ", "12", "two words", "ftp://files.example/x", "not-an-email", "x".repeat(2001));

        assertInvalid(
                () -> roster.accounts().register(command),
                problem("email", "must be a well-formed email address"),
                problem("handle", "must be one word without spaces or control characters"),
                problem("name", "is required"),
                problem("notes", "must be at most 2000 characters"),
                problem("phone", "is not a valid phone number (numbers without a country code are read as KR)"),
                problem("profileUrl", "must be an absolute http or https URL"));
        assertThat(roster.accounts().search(SearchAccountsCommand.all("a")).items())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010-1234",
                "000-0000-0000",
                "+82 99 1234 5678",
                "phone",
                "010-1234-5678 ext. 12",
                "+8210123456789012345"
            })
    void refusesNumbersThatAreNotRealPhoneNumbers(String typed) {
        assertInvalid(
                () -> register("a", "Kim", typed, "kim"),
                problem("phone", "is not a valid phone number (numbers without a country code are read as KR)"));
    }

    @Test
    void acceptsNumbersOfOtherCountriesWithTheirCountryCode() {
        assertThat(register("a", "Ana", "+1 650-253-0000", "ana")
                        .influencer()
                        .phone()
                        .e164())
                .isEqualTo("+16502530000");
    }

    @Test
    void refusesHandlesWithAFullWidthSpaceOrControlCharacters() {
        assertInvalid(
                () -> register("a", "Kim", "010-1234-5678", "min\u3000ji"),
                problem("handle", "must be one word without spaces or control characters"));
        assertInvalid(
                () -> register("a", "Kim", "010-1234-5678", "min\u0000ji"),
                problem("handle", "must be one word without spaces or control characters"));
        assertInvalid(
                () -> register("a", "Kim\u0007", "010-1234-5678", "minji"),
                problem("name", "must not contain control characters"));
    }

    @Test
    void refusesOversizedFieldsBeforeTheyReachAStore() {
        RegisterAccountCommand command = new RegisterAccountCommand(
                "a",
                "n".repeat(101),
                "010-1234-5678",
                "h".repeat(101),
                "https://x.example/" + "p".repeat(2048),
                "e".repeat(250) + "@x.example",
                null);

        assertInvalid(
                () -> roster.accounts().register(command),
                problem("email", "must be a well-formed email address"),
                problem("email", "must be at most 254 characters"),
                problem("handle", "must be at most 100 characters"),
                problem("name", "must be at most 100 characters"),
                problem("profileUrl", "must be at most 2048 characters"));
    }

    @Test
    void answersNotFoundForAnUnknownPlatform() {
        assertThatThrownBy(() -> register("zz", "Kim", "010-1234-5678", "kim"))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("platform"));
        assertThatThrownBy(() -> register("../a", "Kim", "010-1234-5678", "kim"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void validatingARowSavesNothing() {
        Registration registration = roster.accounts()
                .validate(new RegisterAccountCommand("b", "Kim", "010-1234-5678", "kim", null, null, null));

        assertThat(registration.identity().phone().e164()).isEqualTo("+821012345678");
        assertThat(roster.accounts().search(SearchAccountsCommand.all("b")).items())
                .isEmpty();
    }

    @Nested
    class WhenAPlatformNamesItsHosts extends RosterFixture {

        WhenAPlatformNamesItsHosts() {
            super(
                    PlatformCatalog.of(List.of(new Platform(
                            PlatformCode.of("blog"),
                            "Blog",
                            List.of(MetricName.FOLLOWERS),
                            PlatformHosts.of("blog.example", "m.blog.example")))),
                    "KR");
        }

        @Test
        void acceptsProfilesOnThoseHostsAndTheirSubdomains() {
            AccountView view = roster.accounts()
                    .register(new RegisterAccountCommand(
                            "blog", "Kim", "010-1234-5678", "kim", "https://www.BLOG.example/kim", null, null));

            assertThat(view.account().details().profileUrl()).isEqualTo("https://www.BLOG.example/kim");
        }

        @Test
        void refusesProfilesElsewhere() {
            assertInvalid(
                    () -> roster.accounts()
                            .register(new RegisterAccountCommand(
                                    "blog", "Kim", "010-1234-5678", "kim", "https://evilblog.example/kim", null, null)),
                    problem("profileUrl", "must be on blog.example or m.blog.example for Blog"));
        }
    }

    @Nested
    class WhenPhonesDefaultToAnotherRegion extends RosterFixture {

        WhenPhonesDefaultToAnotherRegion() {
            super(PlatformCatalog.defaults(), "us");
        }

        @Test
        void readsNumbersWithoutCountryCodeAsThatRegions() {
            assertThat(register("a", "Ana", "(650) 253-0000", "ana")
                            .influencer()
                            .phone()
                            .e164())
                    .isEqualTo("+16502530000");
        }
    }
}
