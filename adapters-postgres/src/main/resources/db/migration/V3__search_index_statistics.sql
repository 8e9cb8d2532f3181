-- Search (issue 23): one bigram index over a name's and an account's codes together, instead of a two-column one.
-- The planner estimates how many rows hold a query's bigrams from the element statistics PostgreSQL keeps for an
-- indexed expression. With two columns it kept two lists and guessed for any code missing from either (an account's
-- codes are few and common, so its list is short and the guess for a rare code is high): a query that matches nothing
-- was planned as a walk of the whole platform in the sort order. One list over both, kept ten times longer than the
-- default, tells a rare code from a common one, so rare text goes through this index and common text walks the order.
DROP INDEX platform_account_search;
CREATE INDEX platform_account_search ON platform_account USING gin ((name_grams || account_grams));
ALTER INDEX platform_account_search ALTER COLUMN 1 SET STATISTICS 1000;
