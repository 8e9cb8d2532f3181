package dev.roster.application.testkit;

import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.ConsentForms;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.Jobs;
import dev.roster.application.port.MetricHistory;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RosterStorage;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobProgress;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A process dying in the middle of an import, for tests: a store through which nothing happens after the moment it
 * strikes, as if the server had been killed. It strikes at the {@code batch}-th bulk registration, at one of the
 * {@link Step}s. Every progress the job's record was given is kept, to see that it never goes back. Test sources only.
 */
public final class Interruption {

    /** Where in a batch the process dies. */
    public enum Step {
        /** Before the batch reaches the store: the batches before it may or may not have had their progress written. */
        BETWEEN_BATCHES,
        /** Part of the batch's rows are saved, the rest are not. */
        INSIDE_BATCH,
        /** The whole batch is saved, and its progress never written. */
        AFTER_SAVE_BEFORE_PROGRESS
    }

    /** What a dead process's store throws: nothing catches an {@link Error} as a refusal. */
    public static final class Crashed extends Error {

        Crashed() {
            super("the process was killed", null, false, false);
        }
    }

    private final int batch;
    private final Step step;
    private final int rowsSaved;
    private final AtomicInteger registrations = new AtomicInteger();
    private final List<JobProgress> progress = new ArrayList<>();
    private volatile boolean dead;

    /** @param rowsSaved with {@link Step#INSIDE_BATCH}, how many of the batch's rows are saved before it strikes */
    public Interruption(int batch, Step step, int rowsSaved) {
        this.batch = batch;
        this.step = step;
        this.rowsSaved = rowsSaved;
    }

    /** No interruption: the store only keeps the progress the job was given. */
    public static Interruption never() {
        return new Interruption(Integer.MAX_VALUE, Step.BETWEEN_BATCHES, 0);
    }

    public boolean struck() {
        return dead;
    }

    /** Every progress stored for a job, in order. */
    public synchronized List<JobProgress> progress() {
        return List.copyOf(progress);
    }

    /** {@code storage}, as seen by a process this interruption kills. */
    public RosterStorage over(RosterStorage storage) {
        Influencers influencers = proxy(Influencers.class, storage.influencers());
        AccountSearch search = proxy(AccountSearch.class, storage.accountSearch());
        MetricHistory history = proxy(MetricHistory.class, storage.metricHistory());
        ConsentForms consent = proxy(ConsentForms.class, storage.consentForms());
        Jobs jobs = proxy(Jobs.class, storage.jobs());
        return new RosterStorage() {
            @Override
            public Influencers influencers() {
                return influencers;
            }

            @Override
            public AccountSearch accountSearch() {
                return search;
            }

            @Override
            public MetricHistory metricHistory() {
                return history;
            }

            @Override
            public ConsentForms consentForms() {
                return consent;
            }

            @Override
            public Jobs jobs() {
                return jobs;
            }

            @Override
            public Duration timePrecision() {
                return storage.timePrecision();
            }
        };
    }

    private <T> T proxy(Class<T> port, T inner) {
        return port.cast(Proxy.newProxyInstance(
                port.getClassLoader(), new Class<?>[] {port}, (self, method, arguments) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(inner, arguments);
                    }
                    if (dead) {
                        throw new Crashed();
                    }
                    if (port == Influencers.class && method.getName().equals("registerAll")) {
                        return registerAll((Influencers) inner, method, arguments);
                    }
                    Object result = call(inner, method, arguments);
                    if (port == Jobs.class && method.getName().equals("update")) {
                        synchronized (this) {
                            progress.add(((Job) result).progress());
                        }
                    }
                    return result;
                }));
    }

    @SuppressWarnings("unchecked")
    private Object registerAll(Influencers inner, Method method, Object[] arguments) throws Throwable {
        if (registrations.incrementAndGet() != batch) {
            return call(inner, method, arguments);
        }
        List<NewAccount> entries = (List<NewAccount>) arguments[0];
        switch (step) {
            case BETWEEN_BATCHES -> {}
            case INSIDE_BATCH -> inner.registerAll(entries.subList(0, Math.min(rowsSaved, entries.size())));
            case AFTER_SAVE_BEFORE_PROGRESS -> inner.registerAll(entries);
        }
        dead = true;
        throw new Crashed();
    }

    private static Object call(Object inner, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(inner, arguments);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
