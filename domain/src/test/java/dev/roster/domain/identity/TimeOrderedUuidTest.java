package dev.roster.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeOrderedUuidTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:26:53.589Z");

    @Test
    void nextIsCanonicalLowerCaseUuid() {
        String id = TimeOrderedUuid.next(NOW);

        assertThat(id).hasSize(36).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(TimeOrderedUuid.isCanonical(id)).isTrue();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    @Test
    void nextIsVersion7WithRfcVariant() {
        for (int i = 0; i < 200; i++) {
            UUID uuid = UUID.fromString(TimeOrderedUuid.next(NOW));
            assertThat(uuid.version()).isEqualTo(7);
            assertThat(uuid.variant()).isEqualTo(2);
            String text = uuid.toString();
            assertThat(text.charAt(14)).isEqualTo('7');
            assertThat(text.charAt(19)).isIn('8', '9', 'a', 'b');
        }
    }

    @Test
    void leading48BitsAreTheEpochMillis() {
        Instant at = Instant.ofEpochMilli(0x0123_4567_89abL);

        assertThat(TimeOrderedUuid.next(at)).startsWith("01234567-89ab-7");
        assertThat(UUID.fromString(TimeOrderedUuid.next(NOW)).getMostSignificantBits() >>> 16)
                .isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void subMillisecondPrecisionIsDropped() {
        Instant withNanos = NOW.plusNanos(999_999);

        assertThat(TimeOrderedUuid.next(withNanos).substring(0, 13))
                .isEqualTo(TimeOrderedUuid.next(NOW).substring(0, 13));
    }

    @Test
    void idsFromLaterMillisSortAfterEarlierOnesAsStrings() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add(TimeOrderedUuid.next(NOW.plusMillis(i)));
        }

        assertThat(ids).isSorted();
        assertThat(TimeOrderedUuid.next(NOW.plusMillis(1))).isGreaterThan(TimeOrderedUuid.next(NOW));
        assertThat(TimeOrderedUuid.next(Instant.parse("2030-01-01T00:00:00Z")))
                .isGreaterThan(TimeOrderedUuid.next(Instant.parse("2029-12-31T23:59:59.999Z")));
    }

    @Test
    void idsInTheSameMillisecondAreUnique() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedUuid.next(NOW));
        }

        assertThat(ids).hasSize(10_000);
    }

    @Test
    void nextRefusesNull() {
        assertThatNullPointerException().isThrownBy(() -> TimeOrderedUuid.next(null));
    }

    @Test
    void isCanonicalAcceptsLowerCaseUuids() {
        assertThat(TimeOrderedUuid.isCanonical("0195943e-1c4d-7a3b-8f00-0123456789ab"))
                .isTrue();
        assertThat(TimeOrderedUuid.isCanonical("00000000-0000-0000-0000-000000000000"))
                .isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "0195943E-1C4D-7A3B-8F00-0123456789AB", // upper case
                "0195943e-1c4d-7a3b-8f00-0123456789aB", // one upper-case letter
                "0195943e-1c4d-7a3b-8f00-0123456789a", // too short
                "0195943e-1c4d-7a3b-8f00-0123456789abc", // too long
                "0195943e1c4d7a3b8f000123456789ab", // no hyphens
                "{0195943e-1c4d-7a3b-8f00-0123456789ab}", // braces
                " 0195943e-1c4d-7a3b-8f00-0123456789ab", // leading space
                "0195943e-1c4d-7a3b-8f00-0123456789ag", // not hex
                "0195943e-1c4d-7a3b-8f000-123456789ab", // hyphen misplaced
                "0195943e-1c4d-7a3b-8f00-01234567-9ab", // hyphen for a digit
                "0195943e-1c4d-7a3b-8f00-0123456789/b", // just below 0
                "0195943e-1c4d-7a3b-8f00-0123456789:b", // just above 9
                "0195943e-1c4d-7a3b-8f00-0123456789`b", // just below a
                "0195943e_1c4d-7a3b-8f00-0123456789ab" // not a hyphen where one goes
            })
    void isCanonicalRefuses(String text) {
        assertThat(TimeOrderedUuid.isCanonical(text)).isFalse();
    }
}
