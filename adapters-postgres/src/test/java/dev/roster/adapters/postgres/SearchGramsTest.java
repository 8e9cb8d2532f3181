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
    void aRowStoresItsCharactersBesideItsBigramsSoOneCharacterIsLookedUpToo() {
        int[] stored = SearchGrams.stored("김민지", null, "ß😀");

        assertThat(stored)
                .containsExactlyInAnyOrder(
                        '김', '민', '지', 'ß', 0x1F600, code('김', '민'), code('민', '지'), code('ß', 0x1F600))
                .isSorted();
        assertThat(SearchGrams.query("김")).containsExactly('김');
        assertThat(SearchGrams.query("😀")).containsExactly(0x1F600);
        assertThat(stored).contains(SearchGrams.query("김")).contains(SearchGrams.query("민지"));
        assertThat(SearchGrams.query("민지")).containsExactly(code('민', '지'));
        assertThat(SearchGrams.query("")).isEmpty();
    }

    @Test
    void asciiCharactersAreNotStoredSoOneOfThemHasNoCodeAndWalks() {
        assertThat(SearchGrams.stored("minji_01@naver.com")).containsExactly(SearchGrams.of("minji_01@naver.com"));
        assertThat(SearchGrams.stored("é_a")).containsExactlyInAnyOrder('é', code('é', '_'), code('_', 'a'));
        assertThat(SearchGrams.query("a")).isEmpty();
        assertThat(SearchGrams.query("~")).isEmpty();
        assertThat(SearchGrams.query("\u0080")).containsExactly(0x80);
    }

    @Test
    void noLatinOrHangulCharacterSharesACodeWithALatinOrHangulPair() {
        java.util.Set<Integer> pairs = new java.util.HashSet<>();
        for (char first = ' '; first < 0x800; first += 3) {
            for (char second = ' '; second < 0x800; second += 5) {
                pairs.add(code(first, second));
            }
        }
        for (char first = '가'; first <= '힣'; first += 13) {
            for (char second = '가'; second <= '힣'; second += 13) {
                pairs.add(code(first, second));
            }
        }
        java.util.List<Integer> shared = new java.util.ArrayList<>();
        for (int character = 1; character < 0x800; character++) {
            if (pairs.contains(character)) {
                shared.add(character);
            }
        }
        for (int character = '가'; character <= '힣'; character++) {
            if (pairs.contains(character)) {
                shared.add(character);
            }
        }
        assertThat(shared).isEmpty();
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
