package dev.roster.application.spreadsheet;

/**
 * A workbook sent to an upload link, to import into one platform.
 *
 * @param uploadId what {@link ImportAccounts#prepareUpload} handed out with the link
 * @param upsert   whether a handle already registered on the platform is updated rather than refused
 */
public record ImportUploadCommand(String platform, String uploadId, boolean upsert) {}
