package dev.roster.adapters.lambda.api;

import java.util.Locale;

/** Which bodies API Gateway passes as text, and which it base64-encodes: both ways, requests and responses. */
public final class ContentTypes {

    private ContentTypes() {}

    /** Whether a body of {@code contentType} (parameters allowed, any letter case) travels as text. */
    public static boolean isText(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty()
                || type.startsWith("text/")
                || type.equals("application/json")
                || type.endsWith("+json")
                || type.equals("application/xml")
                || type.endsWith("+xml")
                || type.equals("application/x-www-form-urlencoded");
    }
}
