package dev.roster.application.port;

import java.util.concurrent.TimeUnit;

/** The passing of time as rate limiting needs it: a monotonic reading and a way to wait. Tests step it by hand. */
public interface Pace {

    long nanoTime();

    void sleep(long nanos) throws InterruptedException;

    /** Real time: {@link System#nanoTime()} and {@link Thread#sleep}. */
    static Pace system() {
        return new Pace() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };
    }
}
