package dev.roster.bench.excel;

import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The workbook staff would upload: the synthetic roster's accounts, one row each, every 20th row broken. */
public final class ImportFile {

    public static final int INVALID_EVERY = 20;
    /** Every row goes to platform a, whose profile URLs must be on its host (PlatformCatalog's defaults). */
    private static final String PROFILES = "https://blog.example/";

    private ImportFile() {}

    public static byte[] of(List<NewAccount> accounts) {
        List<SheetColumn> columns = List.of(
                new SheetColumn("이름", SheetColumn.Kind.TEXT, 12),
                new SheetColumn("연락처", SheetColumn.Kind.TEXT, 16),
                new SheetColumn("계정명", SheetColumn.Kind.TEXT, 24),
                new SheetColumn("프로필 URL", SheetColumn.Kind.TEXT, 36),
                new SheetColumn("이메일", SheetColumn.Kind.TEXT, 26),
                new SheetColumn("메모", SheetColumn.Kind.TEXT, 20));
        List<SheetOutputRow> rows = new ArrayList<>(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            NewAccount account = accounts.get(i);
            String phone = "0" + account.identity().phone().e164().substring(3);
            boolean broken = i % INVALID_EVERY == INVALID_EVERY - 1;
            rows.add(SheetOutputRow.plain(Arrays.asList(
                    account.identity().name().value(),
                    broken ? "010-12" : phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7),
                    account.details().handle().value(),
                    PROFILES + account.details().handle().value(),
                    account.details().email(),
                    i % 7 == 0 ? "협찬 가능" : null)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PoiSpreadsheetWriter(ZoneOffset.UTC).write("명단", columns, rows.iterator(), out);
        return out.toByteArray();
    }
}
