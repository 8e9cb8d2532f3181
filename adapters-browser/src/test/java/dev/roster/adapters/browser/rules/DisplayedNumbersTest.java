package dev.roster.adapters.browser.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayedNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | 0",
                "1,234 | 1234",
                "1.234.567 | 1234567",
                "12.3K | 12300",
                "12.3k followers | 12300",
                "1.2M | 1200000",
                "2B | 2000000000",
                "1.2만 | 12000",
                "3.4천 | 3400",
                "1.5억 | 150000000",
                "팔로워 1.2만명 | 12000",
                "Followers: 1,234. | 1234",
                "Today 45,678 visitors | 45678",
                "1.2 K | 1200",
                "12 Kudos | 12",
                "1.23456K | 1234"
            })
    void readsTheFormatsPlatformsShow(String shown, long expected) {
        assertThat(DisplayedNumbers.parse(shown)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no figures here", "K", "만"})
    void findsNothingWhereNoNumberIsShown(String shown) {
        assertThat(DisplayedNumbers.parse(shown)).isEmpty();
    }
}
