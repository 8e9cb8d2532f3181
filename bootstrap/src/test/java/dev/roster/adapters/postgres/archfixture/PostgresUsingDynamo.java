package dev.roster.adapters.postgres.archfixture;

import dev.roster.adapters.dynamodb.archfixture.DynamoTable;

/** Breaks the rule on purpose: an adapter importing another adapter. */
public class PostgresUsingDynamo {

    DynamoTable table;
}
