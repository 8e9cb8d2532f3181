package dev.roster.application.port;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One page of a post's comments as a {@link PostSource} read it.
 *
 * @param status   the post as the page shows it (live, deleted, ..., or unknown when the page could not be read);
 *                 comments only come with a live one
 * @param comments in the page's order
 * @param next     the next page of comments, or {@code null} on the last
 */
public record CommentPage(PostOutcome status, List<Comment> comments, URI next) {

    public CommentPage {
        Objects.requireNonNull(status, "status");
        comments = List.copyOf(comments);
    }

    /** A page with no comments to read: the post is gone, hidden, or the page could not be read. */
    public static CommentPage without(PostOutcome status) {
        return new CommentPage(status, List.of(), null);
    }

    /**
     * One comment.
     *
     * @param author the commenter's profile URL, or {@code null} when the page does not link one
     * @param time   when it was written, as the page gives it, or {@code null}
     */
    public record Comment(String text, URI author, String time) {

        public Comment {
            Objects.requireNonNull(text, "text");
        }
    }
}
