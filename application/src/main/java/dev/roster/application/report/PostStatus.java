package dev.roster.application.report;

import dev.roster.application.spreadsheet.SheetLanguage;

/** Whether the public sees a post, as post verification and comment analysis tell it. */
public enum PostStatus {
    LIVE("live", "게시중"),
    DELETED("deleted", "삭제됨"),
    PRIVATE("private", "비공개"),
    RESTRICTED("restricted", "제한됨"),
    /** It could not be told (a server error, a time-out, a page not recognised): never taken for deleted. */
    UNKNOWN("unknown", "확인 불가");

    private final String code;
    private final String korean;

    PostStatus(String code, String korean) {
        this.code = code;
        this.korean = korean;
    }

    /** The status as the API and an English workbook write it: {@code live}, {@code deleted}, ... */
    public String code() {
        return code;
    }

    public String label(SheetLanguage language) {
        return language == SheetLanguage.KOREAN ? korean : code;
    }
}
