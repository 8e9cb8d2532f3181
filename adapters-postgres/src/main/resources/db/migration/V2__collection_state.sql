-- Metric collection (issue 8): when each account was last collected (a reading or a failure, whichever is newer), its
-- last failure, and until when a scheduler or collector holds a claim on it. Together they decide which accounts are
-- due. A row appears with an account's first collection or claim; an account without one has never been tried.
CREATE TABLE collection_state (
    account_id     uuid        PRIMARY KEY
        CONSTRAINT collection_state_account_fk REFERENCES platform_account (id) ON DELETE CASCADE,
    attempted_at   timestamptz,
    claimed_until  timestamptz,
    failure_status text,
    failure_reason text,
    failed_at      timestamptz,
    CONSTRAINT collection_state_failure_together
        CHECK ((failure_status IS NULL) = (failed_at IS NULL) AND (failure_status IS NULL) = (failure_reason IS NULL))
);

