package dev.roster.application.spreadsheet;

import dev.roster.domain.job.JobId;
import java.util.Objects;

/** What became of an upload: imported at once, or queued as a job to follow. */
public sealed interface ImportOutcome {

    /** A small file, imported while the caller waited. */
    record Imported(ImportReport report) implements ImportOutcome {

        public Imported {
            Objects.requireNonNull(report, "report");
        }
    }

    /** A large file, imported by a worker; the job's result is the report. */
    record Queued(JobId job, long rows) implements ImportOutcome {

        public Queued {
            Objects.requireNonNull(job, "job");
        }
    }
}
