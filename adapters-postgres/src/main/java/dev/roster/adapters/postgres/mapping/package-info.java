/**
 * Rows of Roster's tables and their mapping to and from the domain (MapStruct), with the keys and search bigrams
 * stored beside the domain's fields. Internal to the PostgreSQL adapter.
 */
package dev.roster.adapters.postgres.mapping;
