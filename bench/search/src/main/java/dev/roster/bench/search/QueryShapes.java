package dev.roster.bench.search;

import java.util.List;

/**
 * Every shape of search staff make, as query strings: text that matches nothing, one account, a fifth of the roster
 * or every account, Korean and Latin, one and two characters, in every order, and the filters alone and with text.
 */
final class QueryShapes {

    static final List<String> ALL = List.of(
            q("zz_nomatch_q"),
            q("user_4242"),
            q("user_4242") + "&sort=handle",
            q("user_"),
            q("user_") + "&sort=-followers",
            q("user_") + "&sort=name",
            // The common name: one person in five (RosterWorkbook.COMMON_NAME).
            q("김민지"),
            q("김민지") + "&sort=name",
            q("김민지") + "&sort=-followers",
            q("민지"),
            q("민지") + "&sort=handle",
            q("정우"),
            q("정우") + "&sort=-followers",
            q("gm"),
            q("gm") + "&sort=name",
            q("zq"),
            q("김"),
            q("ß"),
            q("박서") + "&sort=-created",
            q("박서") + "&sort=created",
            "minFollowers=500000",
            "minFollowers=1",
            "minFollowers=500000&sort=-followers",
            q("user_4242") + "&minFollowers=1",
            q("김민지") + "&minFollowers=1000",
            q("zz_nomatch_q") + "&minFollowers=1000",
            "hasConsent=true",
            "hasConsent=false",
            q("민지") + "&minFollowers=100000&hasConsent=false",
            q("user_1") + "&hasConsent=true");

    private QueryShapes() {}

    private static String q(String text) {
        return "q=" + Api.encode(text);
    }
}
