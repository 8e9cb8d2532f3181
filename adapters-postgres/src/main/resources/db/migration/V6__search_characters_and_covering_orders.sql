-- Search (issues 21 and 23): one-character text through the search index, and walks of the orders that stay in the
-- order's index.

-- 1. Each row's search codes also hold its non-ASCII characters (code point = code; SearchGrams says why not ASCII), so
-- that a one-character query (the first keystroke; a Korean surname) is looked up like a longer one instead of reading
-- the platform in order. The adapter computes the codes of new rows in Java; the rows already stored gain their
-- characters here. ascii() gives a character's code point in a UTF8 database, which Roster's Korean text requires.
UPDATE platform_account SET
    name_grams = ARRAY(
        SELECT DISTINCT code FROM unnest(name_grams || ARRAY(
            SELECT ascii(c) FROM regexp_split_to_table(name_key, '') c WHERE ascii(c) >= 128)) code
        ORDER BY code),
    account_grams = ARRAY(
        SELECT DISTINCT code FROM unnest(account_grams || ARRAY(
            SELECT ascii(c) FROM regexp_split_to_table(handle_key || coalesce(email_key, ''), '') c
            WHERE ascii(c) >= 128)) code
        ORDER BY code);

-- 2. The order indexes carry the keys search compares (name, handle, email; the id where the key is not it), so a
-- page that walks an order filters each entry in the index and reads from the table only the rows it returns
-- (SearchStatement.page). Filtering through the table cost ~3 µs an entry passed over: a common name in name order
-- passes ~21,600 other names first (60-110 ms); in the index, a few tenths of a microsecond.
DROP INDEX platform_account_by_created;
CREATE INDEX platform_account_by_created ON platform_account (platform, created_at, id)
    INCLUDE (name_key, handle_key, email_key);
DROP INDEX platform_account_by_name;
CREATE INDEX platform_account_by_name ON platform_account (platform, name_key, id) INCLUDE (handle_key, email_key);
DROP INDEX platform_account_by_followers;
CREATE INDEX platform_account_by_followers ON platform_account (platform, followers, id)
    INCLUDE (name_key, handle_key, email_key);
-- The handle order walks the unique index: it gains the id (what a page returns) and the other two keys. Same name, so
-- a taken handle is still told by its constraint.
ALTER TABLE platform_account DROP CONSTRAINT platform_account_handle_unique,
    ADD CONSTRAINT platform_account_handle_unique UNIQUE (platform, handle_key) INCLUDE (id, name_key, email_key);

-- 3. A walk stays in the index only on pages the visibility map marks all-visible; on any other page each entry passed
-- over is checked in the table (~3 µs instead of a few tenths: 10 ms became ~90 ms for a common name in name order
-- after a tenth of the accounts had new metrics). PostgreSQL's default vacuums a table once a fifth of its rows
-- changed, so a roster whose metrics are collected daily keeps most pages unmarked. Vacuum it after 2% (and at
-- least 500 rows) changed or inserted instead: at 100,000 accounts a pass of well under a second, at most once per
-- autovacuum_naptime (a minute by default).
ALTER TABLE platform_account SET (
    autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 500,
    autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_vacuum_insert_threshold = 500);

ANALYZE platform_account;
