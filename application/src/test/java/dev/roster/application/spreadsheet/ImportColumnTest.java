package dev.roster.application.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportColumnTest {

    @ParameterizedTest
    @CsvSource({
        "Name, NAME",
        "이름, NAME",
        "' NAME* ', NAME",
        "성명, NAME",
        "Phone, PHONE",
        "연락처, PHONE",
        "전화번호, PHONE",
        "휴대폰, PHONE",
        "휴대폰 번호, PHONE",
        "Mobile, PHONE",
        "Handle, HANDLE",
        "계정명, HANDLE",
        "아이디, HANDLE",
        "ID, HANDLE",
        "Profile URL, PROFILE_URL",
        "프로필 URL, PROFILE_URL",
        "profile_url, PROFILE_URL",
        "Email, EMAIL",
        "E-mail, EMAIL",
        "이메일, EMAIL",
        "e mail, EMAIL",
        "Notes, NOTES",
        "Memo, NOTES",
        "메모, NOTES",
        "비고, NOTES"
    })
    void knowsTheLabelsStaffUse(String label, ImportColumn column) {
        assertThat(ImportColumn.named(label)).contains(column);
    }

    @ParameterizedTest
    @CsvSource({"Region", "Error", "오류", "''", "Name list 2024"})
    void leavesOtherLabelsAlone(String label) {
        assertThat(ImportColumn.named(label)).isEmpty();
    }
}
