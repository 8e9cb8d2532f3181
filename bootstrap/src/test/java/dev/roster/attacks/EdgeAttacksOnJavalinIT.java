package dev.roster.attacks;

import java.util.List;

/** The edge attacks against {@code roster serve} as it runs by default: Javalin calls the route table. */
class EdgeAttacksOnJavalinIT extends EdgeAttacks {

    @Override
    protected List<String> transportArguments() {
        return List.of();
    }
}
