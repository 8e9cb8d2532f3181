package dev.roster.adapters.lambda.archfixture;

import dev.roster.adapters.http.javalin.archfixture.Server;

/** Breaks the rule on purpose: Lambda reaching into the Javalin binding. */
public class HandlerUsingJavalin {

    Server server;
}
