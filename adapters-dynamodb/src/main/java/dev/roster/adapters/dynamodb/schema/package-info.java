/** The names and keys of the store's tables: the one description code and infrastructure share. */
package dev.roster.adapters.dynamodb.schema;
