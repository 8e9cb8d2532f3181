package dev.roster.bootstrap.lambda;

import java.util.function.Supplier;

/** A value built the first time it is asked for, once, however many threads ask. */
final class OnFirstUse<T> implements Supplier<T> {

    private final Supplier<T> build;
    private volatile T built;

    OnFirstUse(Supplier<T> build) {
        this.build = build;
    }

    @Override
    public T get() {
        T value = built;
        if (value == null) {
            synchronized (this) {
                value = built;
                if (value == null) {
                    value = build.get();
                    built = value;
                }
            }
        }
        return value;
    }

    /** Whether it has been built. */
    boolean built() {
        return built != null;
    }
}
