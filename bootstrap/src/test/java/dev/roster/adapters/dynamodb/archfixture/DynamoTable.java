package dev.roster.adapters.dynamodb.archfixture;

/** A class of one adapter that another adapter must not use. */
public class DynamoTable {}
