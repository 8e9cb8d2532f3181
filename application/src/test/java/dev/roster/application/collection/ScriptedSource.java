package dev.roster.application.collection;

import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import dev.roster.application.port.Pace;
import dev.roster.domain.influencer.Handle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A metric source that answers what the test scripted for each handle, in turn (the last answer repeats), and notes
 * every call with the pace's time. Test sources only: the real sources read real pages in adapters-browser.
 */
final class ScriptedSource implements MetricSource {

    /** One call: whose page, and when by the pace. */
    record Call(CollectionTarget target, long at) {}

    private final Map<String, Deque<CollectionOutcome>> answers = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Pace pace;

    ScriptedSource(Pace pace) {
        this.pace = pace;
    }

    synchronized ScriptedSource answer(Handle handle, CollectionOutcome... outcomes) {
        answers.put(handle.key(), new ArrayDeque<>(List.of(outcomes)));
        return this;
    }

    @Override
    public synchronized CollectionOutcome collect(CollectionTarget target) {
        calls.add(new Call(target, pace.nanoTime()));
        Deque<CollectionOutcome> scripted = answers.get(target.handle().key());
        if (scripted == null) {
            return new CollectionOutcome.TransientFailure("nothing scripted for " + target.handle());
        }
        return scripted.size() > 1 ? scripted.poll() : scripted.peek();
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }
}
