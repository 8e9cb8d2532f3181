package dev.roster.application.spreadsheet;

import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.PersonName;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A column an import reads, found by its label in English or Korean or by an alias staff commonly use. Labels are
 * compared without letter case, spaces or punctuation, so {@code E-mail}, {@code e mail} and {@code EMAIL} agree.
 */
public enum ImportColumn {
    NAME(
            "name",
            "Name",
            "이름",
            true,
            20,
            PersonName.MAX_LENGTH,
            Set.of("성명", "성함", "fullname", "influencer", "인플루언서", "인플루언서명", "이름실명")),
    PHONE(
            "phone",
            "Phone",
            "연락처",
            true,
            18,
            40,
            Set.of(
                    "전화번호",
                    "휴대폰",
                    "휴대폰번호",
                    "핸드폰",
                    "핸드폰번호",
                    "휴대전화",
                    "휴대전화번호",
                    "전화",
                    "mobile",
                    "mobilephone",
                    "phonenumber",
                    "cellphone",
                    "cell",
                    "tel",
                    "telephone",
                    "contact")),
    HANDLE(
            "handle",
            "Handle",
            "계정명",
            true,
            20,
            Handle.MAX_LENGTH,
            Set.of("아이디", "계정", "계정아이디", "핸들", "id", "username", "userid", "account", "accountname")),
    PROFILE_URL(
            "profileUrl",
            "Profile URL",
            "프로필 URL",
            false,
            36,
            AccountDetails.MAX_PROFILE_URL_LENGTH,
            Set.of("url", "profile", "profilelink", "link", "프로필", "프로필링크", "프로필주소", "링크", "주소url")),
    EMAIL(
            "email",
            "Email",
            "이메일",
            false,
            26,
            AccountDetails.MAX_EMAIL_LENGTH,
            Set.of("mail", "emailaddress", "메일", "이메일주소", "전자우편")),
    NOTES(
            "notes",
            "Notes",
            "메모",
            false,
            30,
            AccountDetails.MAX_NOTES_LENGTH,
            Set.of("note", "memo", "remarks", "remark", "comment", "comments", "비고", "참고", "특이사항"));

    private final String field;
    private final String english;
    private final String korean;
    private final boolean required;
    private final int width;
    private final int maxLength;
    private final Set<String> keys;

    ImportColumn(
            String field,
            String english,
            String korean,
            boolean required,
            int width,
            int maxLength,
            Set<String> aliases) {
        this.field = field;
        this.english = english;
        this.korean = korean;
        this.required = required;
        this.width = width;
        this.maxLength = maxLength;
        this.keys = Set.copyOf(new java.util.HashSet<>(concat(aliases, key(english), key(korean))));
    }

    /** The field of {@link dev.roster.application.account.RegisterAccountCommand} the column fills. */
    public String field() {
        return field;
    }

    public String label(SheetLanguage language) {
        return language == SheetLanguage.KOREAN ? korean : english;
    }

    /** Both canonical labels, as a person reads them in a message: {@code Phone/연락처}. */
    public String labels() {
        return english + "/" + korean;
    }

    public boolean required() {
        return required;
    }

    public int width() {
        return width;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The column a header cell names, if any. */
    public static Optional<ImportColumn> named(String label) {
        String key = key(label);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (ImportColumn column : values()) {
            if (column.keys.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The column that fills a command field. */
    public static Optional<ImportColumn> forField(String field) {
        for (ImportColumn column : values()) {
            if (column.field.equals(field)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** A label as columns are matched: no letter case, spaces or punctuation. */
    public static String key(String label) {
        return Labels.IGNORED.matcher(label).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Held apart: an enum's constants are built before its own static fields, and they need this. */
    private static final class Labels {

        /** Spaces, punctuation and the asterisk that marks a required column make no difference to a label. */
        static final Pattern IGNORED = Pattern.compile("[\\s\\p{Punct}\\u00B7\\u3000]+");
    }

    private static List<String> concat(Set<String> aliases, String english, String korean) {
        List<String> all = new java.util.ArrayList<>(aliases);
        all.add(english);
        all.add(korean);
        return all;
    }
}
