package dev.roster.adapters.browser.rules;

import dev.roster.application.port.CommentPage;
import dev.roster.application.port.PostOutcome;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Applies a platform's comment rules to a page of a post's comments: the post's status as its notices show it, each
 * comment (text, commenter, time) and the link to the next page.
 */
public final class CommentReader {

    private final CommentRules rules;
    private final PostReader posts;

    public CommentReader(CommentRules rules, PostReader posts) {
        this.rules = rules;
        this.posts = posts;
    }

    public CommentRules rules() {
        return rules;
    }

    /** Reads a page that came with a 2xx status. */
    public CommentPage read(Document page) {
        Optional<PostOutcome> notice = posts.notice(page);
        if (notice.isPresent()) {
            return CommentPage.without(notice.get());
        }
        List<CommentPage.Comment> comments = new ArrayList<>();
        for (Element item : page.select(rules.item())) {
            String text = rules.text().read(item).orElse("");
            URI author = rules.author().read(item).flatMap(PostReader::uri).orElse(null);
            if (text.isEmpty() && author == null) {
                continue;
            }
            comments.add(new CommentPage.Comment(
                    text,
                    author,
                    rules.time() == null ? null : rules.time().read(item).orElse(null)));
        }
        URI next = rules.next() == null
                ? null
                : rules.next().read(page).flatMap(PostReader::uri).orElse(null);
        Optional<URI> author = posts.author(page);
        PostOutcome status = author.isPresent()
                ? new PostOutcome.Live(author.get())
                : posts.rules().author() == null || !comments.isEmpty() || next != null
                        ? new PostOutcome.Live(null)
                        : posts.read(page);
        return new CommentPage(status, status instanceof PostOutcome.Live ? comments : List.of(), next);
    }

    /** Every selector the browser may wait for before reading a page of comments. */
    public List<String> readySelectors() {
        List<String> ready = new ArrayList<>(posts.rules().readySelectors());
        ready.add(rules.item());
        return List.copyOf(ready);
    }
}
