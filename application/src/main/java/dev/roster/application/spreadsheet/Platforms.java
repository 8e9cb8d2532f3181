package dev.roster.application.spreadsheet;

import dev.roster.application.error.NotFoundException;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;

/** Looks up the platform a spreadsheet use case works on. */
final class Platforms {

    private Platforms() {
    }

    static Platform find(PlatformCatalog platforms, String code) {
        return platforms.find(code).orElseThrow(() -> new NotFoundException("platform", String.valueOf(code)));
    }
}
