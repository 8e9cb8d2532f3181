package dev.roster.application.spreadsheet;

import dev.roster.application.port.FileStore;
import dev.roster.application.port.JobQueue;
import dev.roster.application.port.SpreadsheetReader;
import dev.roster.application.port.SpreadsheetWriter;
import java.util.Objects;

/**
 * What the spreadsheets capability needs besides the store, every part of it required.
 *
 * @param reader reads the workbooks staff upload
 * @param writer writes exports, templates and error files
 * @param files  keeps uploads waiting for a job and error files
 * @param queue  where large imports wait for a worker
 */
public record SpreadsheetPorts(SpreadsheetReader reader, SpreadsheetWriter writer, FileStore files, JobQueue queue) {

    public SpreadsheetPorts {
        Objects.requireNonNull(reader, "spreadsheets need a spreadsheet reader");
        Objects.requireNonNull(writer, "spreadsheets need a spreadsheet writer");
        Objects.requireNonNull(files, "spreadsheets need a file store (Roster.Builder.files)");
        Objects.requireNonNull(queue, "spreadsheets need a queue for large imports");
    }
}
