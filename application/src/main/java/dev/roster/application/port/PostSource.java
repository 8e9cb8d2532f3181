package dev.roster.application.port;

import java.net.URI;

/**
 * Reads posts on a platform's pages as the public sees them (without cookies or a login): whether a post is still
 * published, and its comments.
 */
public interface PostSource {

    /** Never throws for trouble on the platform's side: the outcome says what happened. */
    PostOutcome check(URI post);
}
