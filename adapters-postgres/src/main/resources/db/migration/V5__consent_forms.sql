-- Consent forms (issue 18): what was filed (file name, size, SHA-256, who filed it, a note, whether the PDF carries
-- active content), and who has consent kept on each account, so that search reads a column instead of the forms.

-- Until V5 nothing could file a form, so the table is empty everywhere; a deployment where it is not stops here,
-- saying so, rather than inventing digests and sizes for records that never had them.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM consent_form) THEN
        RAISE EXCEPTION 'consent_form holds % rows recorded before V5 without file name, size or SHA-256; '
            'move them aside (or delete them) and run the migration again', (SELECT count(*) FROM consent_form);
    END IF;
END
$$;

DROP TABLE consent_form;

CREATE TABLE consent_form (
    id             uuid        NOT NULL,
    influencer_id  uuid        NOT NULL
        CONSTRAINT consent_form_influencer_fk REFERENCES influencer (id) ON DELETE CASCADE,
    document_key   text        COLLATE "C" NOT NULL,
    file_name      text        NOT NULL,
    size_bytes     bigint      NOT NULL CHECK (size_bytes > 0),
    sha256         text        COLLATE "C" NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    signed_on      date        NOT NULL,
    filed_at       timestamptz NOT NULL,
    filed_by       text,
    note           text,
    active_content boolean     NOT NULL,
    CONSTRAINT consent_form_pkey PRIMARY KEY (influencer_id, id)
);

-- The latest signature date among the owner's forms, NULL without one: what the account view shows and what the
-- hasConsent filter reads. Kept by the triggers below in the transaction that changes the forms or adds the account;
-- never moves the account's version.
ALTER TABLE platform_account ADD COLUMN consent_signed_on date;

-- "Who has consent" pages: the few accounts with a form, in the default order, without reading the others.
CREATE INDEX platform_account_with_consent ON platform_account (platform, created_at, id)
    WHERE consent_signed_on IS NOT NULL;

-- After a form is filed, corrected or withdrawn: every account of its person takes the latest date. The person's row is
-- locked first (FOR UPDATE conflicts with the key-share lock an account being added holds), so an account added
-- meanwhile is either seen here or sees this form itself.
CREATE FUNCTION consent_form_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    person uuid;
BEGIN
    IF TG_OP = 'DELETE' THEN
        person := OLD.influencer_id;
    ELSE
        person := NEW.influencer_id;
    END IF;
    PERFORM 1 FROM influencer WHERE id = person FOR UPDATE;
    UPDATE platform_account a
       SET consent_signed_on = (SELECT max(f.signed_on) FROM consent_form f WHERE f.influencer_id = person)
     WHERE a.influencer_id = person;
    RETURN NULL;
END
$$;

CREATE TRIGGER consent_form_changed AFTER INSERT OR UPDATE OR DELETE ON consent_form
    FOR EACH ROW EXECUTE FUNCTION consent_form_changed();

-- An account added (or moved) to a person takes the person's latest date; the key-share lock waits for a form being
-- filed for that person to commit, and the next statement then sees it.
CREATE FUNCTION platform_account_takes_consent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM influencer WHERE id = NEW.influencer_id FOR KEY SHARE;
    NEW.consent_signed_on := (SELECT max(f.signed_on) FROM consent_form f WHERE f.influencer_id = NEW.influencer_id);
    RETURN NEW;
END
$$;

CREATE TRIGGER platform_account_takes_consent BEFORE INSERT OR UPDATE OF influencer_id ON platform_account
    FOR EACH ROW EXECUTE FUNCTION platform_account_takes_consent();
