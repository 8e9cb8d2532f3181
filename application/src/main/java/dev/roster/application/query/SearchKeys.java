package dev.roster.application.query;

import dev.roster.domain.platform.MetricName;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a search compares an account by: the keys its text, its filters and its orders look at. {@link AccountQuery}
 * and {@link AccountOrder} decide by these alone, so a store that searches in memory (DynamoDB's projection, the
 * fake) computes them as it likes (once per account, say) and the rules stay in one place.
 */
public interface SearchKeys {

    /** The account's id, which breaks ties in every order. */
    String accountId();

    /** The influencer's name, in {@link AccountQuery#searchable searchable} form. */
    String nameKey();

    /** The handle, in searchable form. */
    String handleKey();

    /** The email, in searchable form, or {@code null} when the account has none. */
    String emailKey();

    /** When the account was registered, in microseconds since the epoch (the precision every store keeps). */
    long createdMicros();

    /** The latest followers figure, or -1 for an account never measured. */
    long followers();

    /** Whether the influencer has a consent form on file. */
    boolean hasConsent();

    /** The keys of a view as read, computed from it on each call: for stores that search few accounts. */
    static SearchKeys of(AccountView view) {
        return new SearchKeys() {
            @Override
            public String accountId() {
                return view.account().id().value();
            }

            @Override
            public String nameKey() {
                return view.influencer().name().key();
            }

            @Override
            public String handleKey() {
                return view.account().handle().key();
            }

            @Override
            public String emailKey() {
                String email = view.account().details().email();
                return email == null ? null : AccountQuery.searchable(email);
            }

            @Override
            public long createdMicros() {
                return micros(view.account().createdAt());
            }

            @Override
            public long followers() {
                return view.account()
                        .metrics()
                        .flatMap(reading -> reading.value(MetricName.FOLLOWERS))
                        .orElse(-1L);
            }

            @Override
            public boolean hasConsent() {
                return view.hasConsent();
            }
        };
    }

    /** An instant as {@link #createdMicros} counts it. */
    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
