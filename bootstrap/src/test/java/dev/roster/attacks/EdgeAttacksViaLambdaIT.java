package dev.roster.attacks;

import java.util.List;

/** The edge attacks against {@code roster serve --via-lambda}: the local stand-in for API Gateway and the handler. */
class EdgeAttacksViaLambdaIT extends EdgeAttacks {

    @Override
    protected List<String> transportArguments() {
        return List.of("--via-lambda");
    }
}
