/**
 * Roster's storage and durable job queue on PostgreSQL. Start from {@link dev.roster.adapters.postgres.PostgresPool},
 * {@link dev.roster.adapters.postgres.PostgresMigrations}, {@link dev.roster.adapters.postgres.PostgresStorage} and
 * {@link dev.roster.adapters.postgres.PostgresJobQueue}; the design is described in {@code docs/postgres.md}.
 */
package dev.roster.adapters.postgres;
