package dev.roster.bench.common;

import dev.roster.application.port.NewAccount;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible roster like an agency's: mostly Korean names (surname + two syllables), some Latin ones, one to
 * three accounts per person, three in four on platform {@code a}, most with an email.
 */
public final class SyntheticRoster {

    private static final String[] SURNAMES = {
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고",
        "문", "양", "손", "배", "백", "허", "남", "심"
    };
    private static final String[] SYLLABLES = {
        "민", "지", "서", "준", "현", "수", "영", "진", "하", "은", "윤", "우", "연", "혜", "정", "성", "아", "주", "희", "원", "재", "동",
        "훈", "소", "유", "다", "채", "예", "도", "태", "나", "빈", "경", "미", "승", "혁", "규", "석", "율", "린"
    };
    private static final String[] FIRST = {
        "Olivia", "Liam", "Emma", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Chloe", "Daniel", "Grace", "Ryan", "Sophie",
        "Jason", "Hannah", "Kevin", "Julia", "Brian", "Erin", "Sean"
    };
    private static final String[] LAST = {
        "Kim", "Lee", "Park", "Smith", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Moore", "Taylor", "Clark",
        "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill"
    };
    private static final String[] WORDS = {
        "daily",
        "vlog",
        "beauty",
        "food",
        "travel",
        "mom",
        "fit",
        "cook",
        "style",
        "photo",
        "life",
        "studio",
        "official",
        "diary",
        "camp",
        "pet",
        "game",
        "book",
        "cafe",
        "art"
    };
    private static final String[] DOMAINS = {
        "gmail.com", "naver.com", "daum.net", "kakao.com", "studio.kr", "agency.co.kr", "outlook.com"
    };

    private SyntheticRoster() {}

    public static List<NewAccount> accounts(int count, long seed) {
        Random random = new Random(seed);
        List<NewAccount> accounts = new ArrayList<>(count);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        int person = 0;
        while (accounts.size() < count) {
            person++;
            PersonIdentity identity = new PersonIdentity(
                    PersonName.of(name(random)), PhoneNumber.ofE164("+8210" + (10_000_000 + person)));
            Instant at = start.plusMillis(accounts.size() * 7L);
            InfluencerId owner = InfluencerId.next(at);
            int held = 1 + (random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0);
            for (int i = 0; i < held && accounts.size() < count; i++) {
                String handle = WORDS[random.nextInt(WORDS.length)] + "_" + romanised(random) + person
                        + (i == 0 ? "" : "_" + i);
                String email = random.nextInt(10) < 7
                        ? handle.replace('_', '.') + "@" + DOMAINS[random.nextInt(DOMAINS.length)]
                        : null;
                PlatformCode platform = PlatformCode.of(random.nextInt(4) < 3 ? "a" : "b");
                Instant registered = at.plusMillis(i);
                accounts.add(new NewAccount(
                        AccountId.next(registered),
                        owner,
                        identity,
                        platform,
                        new AccountDetails(
                                Handle.of(handle), "https://" + platform + ".example/" + handle, email, null),
                        registered));
            }
        }
        return accounts;
    }

    private static String name(Random random) {
        if (random.nextInt(10) < 7) {
            return SURNAMES[random.nextInt(SURNAMES.length)]
                    + SYLLABLES[random.nextInt(SYLLABLES.length)]
                    + SYLLABLES[random.nextInt(SYLLABLES.length)];
        }
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static String romanised(Random random) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
