package dev.roster.dynamodb.testserver.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The page of AWS's DynamoDB documentation a conformance test follows. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface AwsDoc {

    /** The page's address. */
    String value();
}
