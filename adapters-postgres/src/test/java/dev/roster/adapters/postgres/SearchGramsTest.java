package dev.roster.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.postgres.mapping.SearchGrams;
import org.junit.jupiter.api.Test;

class SearchGramsTest {

    @Test
    void codesEachPairOfAdjacentCodePointsOnceInOrder() {
        long[] codes = SearchGrams.of("abab");

        assertThat(codes).containsExactly('a' * 0x110000L + 'b', 'b' * 0x110000L + 'a');
        assertThat(SearchGrams.literal(codes)).isEqualTo("{" + codes[0] + "," + codes[1] + "}");
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneAsOneAndSkipsMissingFields() {
        long[] codes = SearchGrams.of("😀x", null, "민지");

        assertThat(codes).containsExactlyInAnyOrder(0x1F600 * 0x110000L + 'x', '민' * 0x110000L + '지');
    }

    @Test
    void oneCharacterHasNoBigramSoSearchFallsBackToSubstringTests() {
        assertThat(SearchGrams.of("x")).isEmpty();
        assertThat(SearchGrams.literal(SearchGrams.of("x"))).isEqualTo("{}");
    }

    @Test
    void aFieldContainingTheQueryHoldsEveryBigramOfIt() {
        long[] field = SearchGrams.of("brown sugar");

        assertThat(field).contains(SearchGrams.of("own su"));
    }
}
