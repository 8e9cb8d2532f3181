package dev.roster.bootstrap.local;

import dev.roster.application.port.FileKey;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Download links of the local file store: the key and an expiry, signed with HMAC-SHA256, so a link works for
 * whoever holds it until it expires, and a changed key or expiry breaks the signature (what S3 presigned URLs do).
 */
public final class DownloadLinks {

    public static final String PATH = "/files";

    private final Supplier<URI> publicBase;
    private final SecretKeySpec key;
    private final Clock clock;

    /** @param publicBase the server's address as callers reach it; asked when a link is made */
    public DownloadLinks(Supplier<URI> publicBase, byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the link signing key must be at least 32 bytes");
        }
        this.publicBase = publicBase;
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.clock = clock;
    }

    public URI link(FileKey file, Duration validFor) {
        long expires = clock.instant().plus(validFor).getEpochSecond();
        String query = "key=" + URLEncoder.encode(file.value(), StandardCharsets.UTF_8) + "&expires=" + expires
                + "&signature=" + signature(file, expires);
        return publicBase.get().resolve(PATH + "?" + query);
    }

    /** What a presented link amounts to. */
    public enum Verdict { VALID, EXPIRED, FORGED }

    public Verdict check(FileKey file, long expires, String signature) {
        byte[] expected = signature(file, expires).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = signature.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, presented)) {
            return Verdict.FORGED;
        }
        return clock.instant().getEpochSecond() > expires ? Verdict.EXPIRED : Verdict.VALID;
    }

    private String signature(FileKey file, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((file.value() + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", unavailable);
        }
    }
}
