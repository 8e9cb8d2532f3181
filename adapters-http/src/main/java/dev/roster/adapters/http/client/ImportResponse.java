package dev.roster.adapters.http.client;

import dev.roster.adapters.http.routes.dto.ImportQueuedDto;
import dev.roster.adapters.http.routes.dto.ImportReportDto;

/** What an upload got: a report when it was imported at once, a job to follow when it was queued. */
public record ImportResponse(ImportReportDto report, ImportQueuedDto queued) {

    public boolean isQueued() {
        return queued != null;
    }
}
