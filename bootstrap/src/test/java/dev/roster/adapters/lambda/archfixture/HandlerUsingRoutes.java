package dev.roster.adapters.lambda.archfixture;

import dev.roster.adapters.http.routes.archfixture.Route;

/** Within the rule: the Lambda handler dispatches into the HTTP route table. */
public class HandlerUsingRoutes {

    Route route;
}
