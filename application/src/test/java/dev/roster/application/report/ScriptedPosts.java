package dev.roster.application.report;

import dev.roster.application.port.CommentPage;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A platform's posts as a test scripts them: a status per post, pages of comments per URL; it counts the pages read. */
final class ScriptedPosts implements PostSource {

    private final Function<URI, PostOutcome> posts;
    private final Map<URI, CommentPage> pages;
    private final int maxPages;
    private final List<URI> pagesRead = Collections.synchronizedList(new ArrayList<>());

    ScriptedPosts(Function<URI, PostOutcome> posts, Map<URI, CommentPage> pages, int maxPages) {
        this.posts = posts;
        this.pages = pages;
        this.maxPages = maxPages;
    }

    @Override
    public PostOutcome check(URI post) {
        return posts.apply(post);
    }

    @Override
    public CommentPage comments(URI page) {
        pagesRead.add(page);
        return pages.getOrDefault(page, CommentPage.without(new PostOutcome.Deleted("the platform answered HTTP 404")));
    }

    @Override
    public int maxCommentPages() {
        return maxPages;
    }

    List<URI> pagesRead() {
        return List.copyOf(pagesRead);
    }
}
