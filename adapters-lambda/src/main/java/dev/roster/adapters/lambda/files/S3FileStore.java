package dev.roster.adapters.lambda.files;

import dev.roster.adapters.lambda.aws.AwsFailures;
import dev.roster.application.port.FileKey;
import dev.roster.application.port.FileStore;
import dev.roster.application.port.StoredFile;
import dev.roster.application.port.UploadLink;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The {@link FileStore} on S3: each file is one object under the location's prefix, with its content type as the
 * object's {@code Content-Type}. Download (and upload) links are SigV4 presigned URLs, signed locally.
 *
 * <p>{@link #delete} asks S3 first whether the object is there (HeadObject), because DeleteObject answers the same
 * whether or not it was: the answer is honest except when two callers delete the same file at the same moment, when
 * both may hear {@code true}.
 */
public final class S3FileStore implements FileStore {

    /** SigV4 presigned URLs are valid for at most seven days. */
    public static final Duration MAX_LINK_VALIDITY = Duration.ofDays(7);

    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final S3Client s3;
    private final S3Presigner presigner;
    private final S3Location location;

    public S3FileStore(S3Client s3, S3Presigner presigner, S3Location location) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.presigner = Objects.requireNonNull(presigner, "presigner");
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * Streams {@code length} bytes to S3 in one PutObject (S3 takes up to 5 GB so), never buffered whole. A stream
     * that ends early is refused and nothing is stored; bytes past {@code length} are not read.
     */
    @Override
    public void put(FileKey key, String contentType, InputStream content, long length) {
        Objects.requireNonNull(contentType, "contentType");
        if (length < 0) {
            throw new IllegalArgumentException("a file has a length of zero or more bytes, not " + length);
        }
        CountedContent counted = new CountedContent(content);
        try {
            s3.putObject(
                    put -> put.bucket(location.bucket())
                            .key(location.objectKey(key))
                            .contentType(contentType)
                            .contentLength(length),
                    RequestBody.fromInputStream(counted, length));
        } catch (SdkException | IllegalStateException failed) {
            // the SDK reports a short body as an IllegalStateException of its own: the caller's mistake, not an outage
            if (counted.endedBefore(length)) {
                throw new IllegalArgumentException(
                        "expected " + length + " bytes for " + key + ", got " + counted.count(), failed);
            }
            if (failed instanceof SdkException sdk) {
                throw AwsFailures.unavailable("S3 PutObject " + location.describe(key), sdk);
            }
            throw failed;
        }
    }

    /** The object as a stream straight from S3: the caller reads it as it arrives and must close it. */
    @Override
    public Optional<StoredFile> open(FileKey key) {
        try {
            ResponseInputStream<GetObjectResponse> object =
                    s3.getObject(get -> get.bucket(location.bucket()).key(location.objectKey(key)));
            GetObjectResponse response = object.response();
            String contentType = response.contentType() == null ? DEFAULT_CONTENT_TYPE : response.contentType();
            return Optional.of(new StoredFile(contentType, response.contentLength(), object));
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        } catch (SdkException failed) {
            throw AwsFailures.unavailable("S3 GetObject " + location.describe(key), failed);
        }
    }

    @Override
    public URI downloadUrl(FileKey key, Duration validFor) {
        checkValidity(validFor);
        try {
            return URI.create(presigner
                    .presignGetObject(presign -> presign.signatureDuration(validFor)
                            .getObjectRequest(
                                    get -> get.bucket(location.bucket()).key(location.objectKey(key))))
                    .url()
                    .toString());
        } catch (SdkException failed) {
            throw AwsFailures.unavailable("S3 presign GET " + location.describe(key), failed);
        }
    }

    /** A presigned PUT: large files go from the browser to S3, never through Lambda (6 MB requests). */
    @Override
    public UploadLink uploadLink(FileKey key, String contentType, Duration validFor) {
        Objects.requireNonNull(contentType, "contentType");
        checkValidity(validFor);
        try {
            PresignedPutObjectRequest signed = presigner.presignPutObject(presign -> presign.signatureDuration(validFor)
                    .putObjectRequest(put -> put.bucket(location.bucket())
                            .key(location.objectKey(key))
                            .contentType(contentType)));
            return new UploadLink(URI.create(signed.url().toString()), headersToSend(signed), signed.expiration());
        } catch (SdkException failed) {
            throw AwsFailures.unavailable("S3 presign PUT " + location.describe(key), failed);
        }
    }

    @Override
    public boolean delete(FileKey key) {
        if (!exists(key)) {
            return false;
        }
        try {
            s3.deleteObject(delete -> delete.bucket(location.bucket()).key(location.objectKey(key)));
            return true;
        } catch (SdkException failed) {
            throw AwsFailures.unavailable("S3 DeleteObject " + location.describe(key), failed);
        }
    }

    private boolean exists(FileKey key) {
        try {
            s3.headObject(head -> head.bucket(location.bucket()).key(location.objectKey(key)));
            return true;
        } catch (NoSuchKeyException absent) {
            return false;
        } catch (S3Exception failed) {
            // a HEAD response has no body, so a 404 carries no error code to tell a missing key from a missing bucket
            if (failed.statusCode() == 404) {
                return false;
            }
            throw AwsFailures.unavailable("S3 HeadObject " + location.describe(key), failed);
        } catch (SdkException failed) {
            throw AwsFailures.unavailable("S3 HeadObject " + location.describe(key), failed);
        }
    }

    private static void checkValidity(Duration validFor) {
        Objects.requireNonNull(validFor, "validFor");
        if (validFor.compareTo(Duration.ofSeconds(1)) < 0 || validFor.compareTo(MAX_LINK_VALIDITY) > 0) {
            throw new IllegalArgumentException("a link is valid for 1 second to 7 days, not " + validFor);
        }
    }

    /** The signed headers the uploader must send; {@code host} is left out, as every HTTP client sets it itself. */
    private static Map<String, String> headersToSend(PresignedPutObjectRequest signed) {
        Map<String, String> headers = new LinkedHashMap<>();
        signed.signedHeaders().forEach((name, values) -> {
            if (!"host".equalsIgnoreCase(name)) {
                headers.put(name, String.join(",", values));
            }
        });
        return headers;
    }
}
