-- The roster: people, their platform accounts, metric history, consent paperwork and background jobs.
-- Text that is searched or sorted is kept in the case-insensitive key form the domain computes
-- (PersonName.key(), Handle.key(), AccountQuery.searchable(email)), with COLLATE "C" so that ordering is by code point,
-- exactly as AccountOrder.comparator() orders, whatever the database's locale. Every indexed text column is "C" too:
-- equality is the same in any deterministic collation, and byte comparison spares a strcoll() per index step.

CREATE TABLE influencer (
    id           uuid        PRIMARY KEY,
    name         text        NOT NULL,
    phone        text        NOT NULL,
    -- PersonIdentity.key(): "E.164 phone + case-folded name"; one person per identity.
    identity_key text        COLLATE "C" NOT NULL,
    name_key     text        COLLATE "C" NOT NULL,
    version      bigint      NOT NULL CHECK (version >= 1),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT influencer_identity_unique UNIQUE (identity_key)
);

CREATE TABLE platform_account (
    id                   uuid        PRIMARY KEY,
    influencer_id        uuid        NOT NULL
        CONSTRAINT platform_account_influencer_fk REFERENCES influencer (id) ON DELETE CASCADE,
    platform             text        COLLATE "C" NOT NULL,
    handle               text        NOT NULL,
    handle_key           text        COLLATE "C" NOT NULL,
    -- The owner's PersonName.key(), copied so that search and the name order need no join; kept in step by
    -- every change of the owner's name (same transaction).
    name_key             text        COLLATE "C" NOT NULL,
    profile_url          text,
    email                text,
    email_key            text        COLLATE "C",
    notes                text,
    -- Search: codes of the bigrams (pairs of adjacent characters) of name_key, and of handle_key and email_key,
    -- computed by the adapter (SearchGrams). A GIN index over them finds "contains q" for q of 2+ characters
    -- whatever the database's locale (pg_trgm needs 3 characters and a locale that knows Hangul is a letter);
    -- strpos() on the keys then confirms each candidate.
    name_grams           integer[]   NOT NULL,
    account_grams        integer[]   NOT NULL,
    -- The latest reading, written by MetricHistory.record only when newer; never moves the version.
    metrics              jsonb,
    metrics_collected_at timestamptz,
    -- What search filters and sorts on: the latest followers figure, -1 for an account never measured.
    followers            bigint      GENERATED ALWAYS AS (coalesce((metrics ->> 'followers')::bigint, -1)) STORED,
    version              bigint      NOT NULL CHECK (version >= 1),
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT platform_account_handle_unique UNIQUE (platform, handle_key),
    CONSTRAINT platform_account_metrics_together CHECK ((metrics IS NULL) = (metrics_collected_at IS NULL))
);

CREATE INDEX platform_account_influencer ON platform_account (influencer_id);
-- One index per sort field, each walked forwards or backwards for the two directions; the id breaks ties. The handle
-- order walks platform_account_handle_unique: handles never tie on a platform.
CREATE INDEX platform_account_by_created ON platform_account (platform, created_at, id);
CREATE INDEX platform_account_by_name ON platform_account (platform, name_key, id);
CREATE INDEX platform_account_by_followers ON platform_account (platform, followers, id);
CREATE INDEX platform_account_search ON platform_account USING gin (name_grams, account_grams);

CREATE TABLE metric_snapshot (
    account_id   uuid        NOT NULL
        CONSTRAINT metric_snapshot_account_fk REFERENCES platform_account (id) ON DELETE CASCADE,
    collected_at timestamptz NOT NULL,
    metrics      jsonb       NOT NULL,
    CONSTRAINT metric_snapshot_pkey PRIMARY KEY (account_id, collected_at)
);

CREATE TABLE consent_form (
    influencer_id uuid        NOT NULL
        CONSTRAINT consent_form_influencer_fk REFERENCES influencer (id) ON DELETE CASCADE,
    document_key  text        COLLATE "C" NOT NULL,
    signed_on     date        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (influencer_id, document_key)
);

CREATE TABLE job (
    id             uuid        PRIMARY KEY,
    type           text        NOT NULL,
    status         text        NOT NULL,
    -- json, not jsonb: keeps the order the runner wrote the result in.
    parameters     json        NOT NULL,
    progress_done  bigint      NOT NULL,
    progress_total bigint      NOT NULL,
    result         json        NOT NULL,
    failure_reason text,
    version        bigint      NOT NULL CHECK (version >= 1),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- The durable job queue. A row is a job waiting, being worked on (visible_at in the future, receipt set) or given up
-- on (dead_at set). Receivers lock rows with FOR UPDATE SKIP LOCKED, so concurrent workers never share one.
CREATE TABLE job_queue (
    queue         text        COLLATE "C" NOT NULL,
    job_id        uuid        NOT NULL,
    enqueued_at   timestamptz NOT NULL,
    visible_at    timestamptz NOT NULL,
    receive_count integer     NOT NULL DEFAULT 0,
    receipt       uuid,
    dead_at       timestamptz,
    PRIMARY KEY (queue, job_id)
);

CREATE INDEX job_queue_ready ON job_queue (queue, visible_at) WHERE dead_at IS NULL;
