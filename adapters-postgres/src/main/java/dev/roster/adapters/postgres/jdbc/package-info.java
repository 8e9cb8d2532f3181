/**
 * The adapter's JDBC plumbing: transactions, retries and the translation of SQL failures into the application's
 * errors. Internal to the PostgreSQL adapter; public only so that its packages can share it.
 */
package dev.roster.adapters.postgres.jdbc;
