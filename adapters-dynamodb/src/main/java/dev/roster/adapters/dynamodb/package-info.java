/**
 * Roster's storage on DynamoDB: {@link dev.roster.adapters.dynamodb.DynamoClients} builds the client,
 * {@link dev.roster.adapters.dynamodb.MissingTables} creates missing tables, and
 * {@link dev.roster.adapters.dynamodb.DynamoStorage} is every storage port. See {@code docs/dynamodb.md}.
 */
package dev.roster.adapters.dynamodb;
