/** Search over a roster kept in memory and caught up from the change log: see {@code docs/dynamodb.md}. */
package dev.roster.adapters.dynamodb.search;
