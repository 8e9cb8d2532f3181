package dev.roster.bootstrap.local;

import dev.roster.application.port.FileKey;
import dev.roster.application.port.UploadLink;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links of the local file store, what S3 presigned URLs are on AWS: a download link (GET) or an upload link (PUT of
 * one content type) for one key until an expiry, signed with HMAC-SHA256. A link works for whoever holds it until it
 * expires; a changed key, expiry, method or content type breaks the signature, so a download link never uploads.
 */
public final class FileLinks {

    public static final String PATH = "/files";

    private final Supplier<URI> publicBase;
    private final SecretKeySpec key;
    private final Clock clock;

    /** @param publicBase the server's address as callers reach it; asked when a link is made */
    public FileLinks(Supplier<URI> publicBase, byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the link signing key must be at least 32 bytes");
        }
        this.publicBase = publicBase;
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.clock = clock;
    }

    /** A link that downloads {@code file}. */
    public URI link(FileKey file, Duration validFor) {
        return signed(Grant.download(file), expiry(validFor));
    }

    /** A link to which {@code file} is PUT, with {@code contentType}. */
    public UploadLink uploadLink(FileKey file, String contentType, Duration validFor) {
        long expires = expiry(validFor);
        return new UploadLink(
                signed(Grant.upload(file, contentType), expires),
                Map.of("Content-Type", contentType),
                Instant.ofEpochSecond(expires));
    }

    /** What a presented link amounts to. */
    public enum Verdict {
        VALID,
        EXPIRED,
        FORGED
    }

    /** Whether a link with {@code signature} grants {@code grant} until {@code expires} (epoch seconds). */
    public Verdict check(Grant grant, long expires, String signature) {
        byte[] expected = signature(grant, expires).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = signature.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, presented)) {
            return Verdict.FORGED;
        }
        return clock.instant().getEpochSecond() > expires ? Verdict.EXPIRED : Verdict.VALID;
    }

    /**
     * What a link allows: a method on a key and, for an upload, the one content type it may carry.
     *
     * @param contentType empty for a download
     */
    public record Grant(String method, FileKey file, String contentType) {

        public static Grant download(FileKey file) {
            return new Grant("GET", file, "");
        }

        public static Grant upload(FileKey file, String contentType) {
            return new Grant("PUT", file, contentType);
        }
    }

    private long expiry(Duration validFor) {
        return clock.instant().plus(validFor).getEpochSecond();
    }

    private URI signed(Grant grant, long expires) {
        String query = "key=" + URLEncoder.encode(grant.file().value(), StandardCharsets.UTF_8) + "&expires=" + expires
                + "&signature=" + signature(grant, expires);
        return publicBase.get().resolve(PATH + "?" + query);
    }

    private String signature(Grant grant, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // Keys and media types hold no line breaks, so the fields cannot run into each other.
            String signed = grant.method() + "\n" + grant.file().value() + "\n" + expires + "\n" + grant.contentType();
            byte[] digest = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", unavailable);
        }
    }
}
