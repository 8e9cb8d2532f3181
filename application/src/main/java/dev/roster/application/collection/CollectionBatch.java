package dev.roster.application.collection;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.PlatformCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Accounts of one platform to collect together: what one {@code collect} job carries. */
public record CollectionBatch(PlatformCode platform, List<AccountId> accounts) {

    /** The type of the jobs that carry batches. */
    public static final JobType JOB_TYPE = JobType.of("collect");

    public static final int MAX_ACCOUNTS = 100;

    public CollectionBatch {
        Objects.requireNonNull(platform, "platform");
        accounts = List.copyOf(accounts);
        if (accounts.isEmpty() || accounts.size() > MAX_ACCOUNTS) {
            throw new IllegalArgumentException("a batch holds 1-" + MAX_ACCOUNTS + " accounts");
        }
    }

    /** The job parameters that carry this batch: the platform, and the account ids separated by commas. */
    public Map<String, String> toParameters() {
        return Map.of(
                "platform",
                platform.value(),
                "accounts",
                String.join(",", accounts.stream().map(AccountId::value).toList()));
    }

    /** @throws IllegalArgumentException when the job is not a collection job or its parameters are malformed */
    public static CollectionBatch of(Job job) {
        if (!job.type().equals(JOB_TYPE)) {
            throw new IllegalArgumentException("job " + job.id() + " is a " + job.type() + " job, not " + JOB_TYPE);
        }
        String platform = Objects.requireNonNull(job.parameters().get("platform"), "platform parameter");
        String accounts = Objects.requireNonNull(job.parameters().get("accounts"), "accounts parameter");
        return new CollectionBatch(
                PlatformCode.of(platform),
                Arrays.stream(accounts.split(",")).map(AccountId::new).toList());
    }
}
