package dev.roster.adapters.postgres;

/** The names the schema gives its constraints, by which a violation tells which rule a change broke. */
final class Constraints {

    static final String PERSON_IDENTITY = "influencer_identity_unique";
    static final String INFLUENCER_ID = "influencer_pkey";
    static final String HANDLE = "platform_account_handle_unique";
    static final String ACCOUNT_ID = "platform_account_pkey";
    static final String ACCOUNT_OWNER = "platform_account_influencer_fk";
    static final String SNAPSHOT_ACCOUNT = "metric_snapshot_account_fk";
    static final String CONSENT_OWNER = "consent_form_influencer_fk";
    static final String JOB_ID = "job_pkey";
    static final String COLLECTION_ACCOUNT = "collection_state_account_fk";

    private Constraints() {}
}
