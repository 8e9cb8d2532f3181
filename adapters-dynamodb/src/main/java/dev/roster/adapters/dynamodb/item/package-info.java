/** Domain values as DynamoDB items and back, one class per table; attribute names are declared here only. */
package dev.roster.adapters.dynamodb.item;
