package dev.roster.adapters.lambda.aws;

import dev.roster.application.error.UnavailableException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns what the AWS SDK throws into the application's {@link UnavailableException}, saying what was being done. */
public final class AwsFailures {

    private AwsFailures() {}

    /**
     * {@code action} names the call and its target (such as {@code "S3 GetObject s3://bucket/key"}); the message adds
     * the service's status and error code when it answered, or the client's reason (refused, timed out) when not.
     */
    public static UnavailableException unavailable(String action, SdkException failure) {
        return new UnavailableException(action + " failed: " + reason(failure), failure);
    }

    private static String reason(SdkException failure) {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return "HTTP " + service.statusCode() + " "
                    + service.awsErrorDetails().errorCode();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root == failure ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return failure.getMessage() + detail;
    }
}
