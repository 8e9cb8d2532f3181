package dev.roster.application.port;

import java.net.URI;

/**
 * Reads posts on a platform's pages as the public sees them (without cookies or a login): whether a post is still
 * published, and its comments.
 */
public interface PostSource {

    /** Never throws for trouble on the platform's side: the outcome says what happened. */
    PostOutcome check(URI post);

    /**
     * One page of a post's comments: the post's page itself, then each page its {@code next} link leads to. Never
     * throws for trouble on the platform's side. A platform without rules for comments answers every page as unknown.
     */
    CommentPage comments(URI page);

    /** The most pages of one post's comments a report reads (the rules' {@code maxPages}). */
    int maxCommentPages();
}
