package dev.roster.e2e;

/** The PostgreSQL that {@code scripts/test} makes ready; without it the tests fail and say how to get it. */
public final class TestDatabase {

    private TestDatabase() {}

    public static String jdbcUrl() {
        return required("ROSTER_TEST_JDBC_URL");
    }

    public static String user() {
        return required("ROSTER_TEST_DB_USER");
    }

    public static String password() {
        return required("ROSTER_TEST_DB_PASSWORD");
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: run the tests with scripts/test, which starts "
                    + "PostgreSQL and sets it");
        }
        return value;
    }
}
