package dev.roster.application.spreadsheet;

import java.util.Objects;

/**
 * An uploaded workbook to import into one platform.
 *
 * @param workbook the {@code .xlsx} file's bytes
 * @param upsert   whether a handle already registered on the platform is updated rather than refused
 */
public record ImportAccountsCommand(String platform, byte[] workbook, boolean upsert) {

    public ImportAccountsCommand {
        Objects.requireNonNull(workbook, "workbook");
    }
}
