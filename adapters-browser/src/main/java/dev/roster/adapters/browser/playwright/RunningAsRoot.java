package dev.roster.adapters.browser.playwright;

/** Whether this process runs as root, when Chromium's sandbox cannot be used. */
public final class RunningAsRoot {

    private RunningAsRoot() {}

    /** True for user id 0 on a Unix system; false elsewhere or when it cannot be told. */
    public static boolean check() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (UnsupportedOperationException | LinkageError notUnix) {
            return false;
        }
    }
}
