package dev.roster.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobProgressTest {

    @Test
    void noneIsZeroOfUnknown() {
        assertThat(JobProgress.NONE).isEqualTo(new JobProgress(0, 0));
        assertThat(JobProgress.NONE.percent()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"0,0", "7,0", "0,10", "3,10", "10,10"})
    void acceptsDoneWithinTotalOrAnyCountWhileTotalIsUnknown(long done, long total) {
        JobProgress progress = new JobProgress(done, total);

        assertThat(progress.done()).isEqualTo(done);
        assertThat(progress.total()).isEqualTo(total);
    }

    @ParameterizedTest
    @CsvSource({"-1,0", "-1,10", "0,-1", "11,10", "2,1"})
    void refusesNegativeCountsAndDoneBeyondTotal(long done, long total) {
        assertThatIllegalArgumentException().isThrownBy(() -> new JobProgress(done, total));
    }

    @ParameterizedTest
    @CsvSource({
        "0,0,0",
        "7,0,0",
        "0,10,0",
        "1,3,33",
        "2,3,66",
        "999,1000,99",
        "10,10,100",
        "1,200,0",
        "5000000,10000000,50"
    })
    void percentIsWholePercentRoundedDown(long done, long total, int percent) {
        assertThat(new JobProgress(done, total).percent()).isEqualTo(percent);
    }
}
