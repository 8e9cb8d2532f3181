package dev.roster.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.error.FieldError;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.query.AccountView;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.SteppingClock;
import dev.roster.application.validation.InputRules;
import dev.roster.domain.platform.PlatformCatalog;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** A roster over the in-memory fakes, for use-case tests; the validator is built once for all of them. */
public class RosterFixture {

    private static final InputRules RULES = InputRules.withDefaultProvider();

    protected final InMemoryStorage storage = new InMemoryStorage();
    protected final Roster roster;

    protected RosterFixture() {
        this(PlatformCatalog.defaults(), "KR");
    }

    protected RosterFixture(PlatformCatalog platforms, String phoneRegion) {
        roster = Roster.builder()
                .storage(storage)
                .platforms(platforms)
                .defaultPhoneRegion(phoneRegion)
                .clock(SteppingClock.fromNewYear())
                .inputRules(RULES)
                .build();
    }

    protected AccountView register(String platform, String name, String phone, String handle) {
        return roster.accounts().register(new RegisterAccountCommand(platform, name, phone, handle, null, null, null));
    }

    /** Asserts that {@code call} is refused as invalid input with exactly these field problems, in field order. */
    protected static void assertInvalid(ThrowingCallable call, FieldError... expected) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> org.assertj.core.api.Assertions.assertThat(invalid.errors())
                                .containsExactlyElementsOf(List.of(expected)));
    }

    protected static FieldError problem(String field, String message) {
        return new FieldError(field, message);
    }
}
