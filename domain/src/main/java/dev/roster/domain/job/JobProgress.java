package dev.roster.domain.job;

/** How much of a job is done: {@code done} of {@code total} units (rows, accounts); total 0 while unknown. */
public record JobProgress(long done, long total) {

    public static final JobProgress NONE = new JobProgress(0, 0);

    public JobProgress {
        if (done < 0 || total < 0 || (total > 0 && done > total)) {
            throw new IllegalArgumentException("progress must be 0 <= done <= total: " + done + "/" + total);
        }
    }

    /** Whole percent done, 0 while the total is unknown. */
    public int percent() {
        return total == 0 ? 0 : (int) Math.floor(done * 100.0 / total);
    }
}
