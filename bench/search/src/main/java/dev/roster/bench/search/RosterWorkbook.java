package dev.roster.bench.search;

import dev.roster.adapters.excel.PoiSpreadsheetWriter;
import dev.roster.application.port.SheetColumn;
import dev.roster.application.port.SheetOutputRow;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The workbook the benchmark imports, shaped so that each query shape has data behind it: handles {@code user_<n>}
 * (so {@code user_} matches every row and {@code user_4242} eleven: 4242 and 42420-42429), one person in five named 김민지 (a common
 * name matching a fifth of the roster), the rest mostly Korean names and some Latin ones, seven in ten with an email.
 */
final class RosterWorkbook {

    static final String COMMON_NAME = "김민지";
    /**
     * On the host of platform {@code a} in the built-in platform definitions ({@code blog.example}): a profile URL on
     * another host is refused, and an import of such rows saves nothing.
     */
    private static final String PROFILE_URL = "https://blog.example/";

    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오"};
    private static final String[] SYLLABLES = {
        "민", "지", "서", "준", "현", "수", "영", "진", "하", "은", "윤", "우", "연", "혜", "정", "성", "아", "주", "희", "원", "재", "동",
        "훈", "소"
    };
    private static final String[] LATIN = {
        "Olivia Kim", "Liam Park", "Emma Lee", "Noah Smith", "Ava Brown", "Lucas Garcia", "Mia Davis", "Ethan Wilson"
    };
    private static final String[] DOMAINS = {"gmail.com", "naver.com", "daum.net", "kakao.com", "studio.kr"};

    private RosterWorkbook() {}

    static byte[] of(int rows, long seed) {
        Random random = new Random(seed);
        List<SheetColumn> columns = List.of(
                new SheetColumn("이름", SheetColumn.Kind.TEXT, 12),
                new SheetColumn("연락처", SheetColumn.Kind.TEXT, 16),
                new SheetColumn("계정명", SheetColumn.Kind.TEXT, 24),
                new SheetColumn("프로필 URL", SheetColumn.Kind.TEXT, 36),
                new SheetColumn("이메일", SheetColumn.Kind.TEXT, 26));
        List<SheetOutputRow> sheet = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String handle = "user_" + i;
            String phone = String.format("010-%04d-%04d", 1000 + i / 10_000, i % 10_000);
            String email = random.nextInt(10) < 7 ? "user" + i + "@" + DOMAINS[random.nextInt(DOMAINS.length)] : null;
            sheet.add(SheetOutputRow.plain(Arrays.asList(name(i, random), phone, handle, PROFILE_URL + handle, email)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PoiSpreadsheetWriter(ZoneOffset.UTC).write("명단", columns, sheet.iterator(), out);
        return out.toByteArray();
    }

    private static String name(int row, Random random) {
        if (row % 5 == 0) {
            return COMMON_NAME;
        }
        if (random.nextInt(10) < 8) {
            return SURNAMES[random.nextInt(SURNAMES.length)]
                    + SYLLABLES[random.nextInt(SYLLABLES.length)]
                    + SYLLABLES[random.nextInt(SYLLABLES.length)];
        }
        return LATIN[random.nextInt(LATIN.length)];
    }
}
