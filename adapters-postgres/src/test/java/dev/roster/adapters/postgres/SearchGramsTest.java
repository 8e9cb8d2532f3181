package dev.roster.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.postgres.mapping.SearchGrams;
import org.junit.jupiter.api.Test;

class SearchGramsTest {

    @Test
    void codesEachPairOfAdjacentCodePointsOnceInOrder() {
        int[] codes = SearchGrams.of("abab");

        assertThat(codes).containsExactly(code('a', 'b'), code('b', 'a'));
        assertThat(SearchGrams.literal(codes)).isEqualTo("{" + codes[0] + "," + codes[1] + "}");
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneAsOneAndSkipsMissingFields() {
        int[] codes = SearchGrams.of("😀x", null, "민지");

        assertThat(codes).containsExactlyInAnyOrder(code(0x1F600, 'x'), code('민', '지'));
    }

    @Test
    void oneCharacterHasNoBigramSoSearchFallsBackToSubstringTests() {
        assertThat(SearchGrams.of("x")).isEmpty();
        assertThat(SearchGrams.literal(SearchGrams.of("x"))).isEqualTo("{}");
    }

    @Test
    void aFieldContainingTheQueryHoldsEveryBigramOfIt() {
        int[] field = SearchGrams.of("brown sugar");

        assertThat(field).contains(SearchGrams.of("own su"));
    }

    @Test
    void givesEveryPairOfHangulSyllablesACodeOfItsOwn() {
        java.util.Set<Integer> codes = new java.util.HashSet<>();
        for (char first = '가'; first <= '힣'; first += 7) {
            for (char second = '가'; second <= '힣'; second += 7) {
                codes.add(code(first, second));
            }
        }
        int syllables = ('힣' - '가') / 7 + 1;
        assertThat(codes).hasSize(syllables * syllables);
    }

    private static int code(int first, int second) {
        return SearchGrams.of(new String(Character.toChars(first)) + new String(Character.toChars(second)))[0];
    }
}
