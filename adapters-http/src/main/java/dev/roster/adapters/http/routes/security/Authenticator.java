package dev.roster.adapters.http.routes.security;

import java.util.Map;
import java.util.Optional;

/** Tells who is calling from a request's credentials. Implementations are thread-safe and built once. */
public interface Authenticator {

    /**
     * @param authorization  the {@code Authorization} header, if sent
     * @param verifiedClaims the claims a trusted gateway already verified, empty if none did
     */
    Authentication authenticate(Optional<String> authorization, Map<String, Object> verifiedClaims);

    /** Whether callers must show credentials; false only in the local open mode. */
    default boolean requiresCredentials() {
        return true;
    }
}
