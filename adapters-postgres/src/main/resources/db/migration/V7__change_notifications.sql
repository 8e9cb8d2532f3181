-- The account page's read cache (issue 21): a server keeps the accounts it has shown in memory and must hear of every
-- change to what that page reads, whoever makes it (another server on the same database, an operator's psql). Each
-- statement that changes those tables notifies the channel with its schema (several rosters may share a database);
-- PostgreSQL delivers the notification when the transaction commits, and only then. One notification a statement, not
-- a row, so a bulk import pays for a handful; notifications alike within a transaction are folded into one.
CREATE FUNCTION roster_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('roster_changes', TG_TABLE_SCHEMA);
    RETURN NULL;
END;
$$;

CREATE TRIGGER platform_account_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON platform_account
    FOR EACH STATEMENT EXECUTE FUNCTION roster_notify_change();
CREATE TRIGGER influencer_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON influencer
    FOR EACH STATEMENT EXECUTE FUNCTION roster_notify_change();
-- A collection's claims and attempts (claimed_until, attempted_at) change many times a day and are not shown: only a
-- failure is, and a failure is always written by an UPDATE of its columns (a row is inserted without one). Statement
-- triggers fire whether or not a row changed, so the claims' INSERT ... ON CONFLICT must not be listened to at all.
CREATE TRIGGER collection_state_changed
    AFTER DELETE OR TRUNCATE OR UPDATE OF failure_status, failure_reason, failed_at ON collection_state
    FOR EACH STATEMENT EXECUTE FUNCTION roster_notify_change();
