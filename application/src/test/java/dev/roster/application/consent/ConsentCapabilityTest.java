package dev.roster.application.consent;

import static dev.roster.application.testkit.TextPdfInspector.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.error.FieldError;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.error.RejectedFileException;
import dev.roster.application.port.FileKey;
import dev.roster.application.query.AccountView;
import dev.roster.application.testkit.InMemoryFileStore;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.application.testkit.SteppingClock;
import dev.roster.application.testkit.TextPdfInspector;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ConsentCapabilityTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final SteppingClock clock = SteppingClock.fromNewYear();
    private final InMemoryFileStore files = new InMemoryFileStore(clock);
    private final Roster roster = Roster.builder()
            .storage(storage)
            .clock(clock)
            .files(files)
            .consent(new TextPdfInspector())
            .consentSettings(ConsentSettings.defaults().withMaxBytes(1_000))
            .build();
    private final AccountView minji = roster.accounts()
            .register(new RegisterAccountCommand("a", "김민지", "010-1234-5678", "minji", null, null, null));
    private final String person = minji.influencer().id().value();

    @Test
    void filesAPdfWithItsDigestAndKeepsItUnderConsent() throws Exception {
        byte[] document = pdf("signed");

        ConsentForm form = roster.consent().file(command("2025-12-30", "메모", "C:\\scans\\김민지 동의서.pdf"), document);

        assertThat(form.fileName()).isEqualTo("김민지 동의서.pdf");
        assertThat(form.size()).isEqualTo(document.length);
        assertThat(form.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(document)));
        assertThat(form.signedOn()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(form.filedBy()).isEqualTo("editor@example.com");
        assertThat(form.note()).isEqualTo("메모");
        assertThat(form.activeContent()).isFalse();
        assertThat(form.documentKey()).isEqualTo("consent/" + person + "/" + form.id() + ".pdf");
        assertThat(stored(form.documentKey())).isEqualTo(document);
        assertThat(roster.consent().list(person)).containsExactly(form);
        AccountView shown = roster.accounts().get("a", minji.account().id().value());
        assertThat(shown.hasConsent()).isTrue();
        assertThat(shown.consentSignedOn()).isEqualTo(LocalDate.of(2025, 12, 30));
    }

    @Test
    void reportsActiveContentAndKeepsEncryptedPdfsAsTheyAre() {
        ConsentForm scripted = roster.consent()
                .file(command("2025-01-01", null, "a.pdf"), pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"));
        ConsentForm encrypted = roster.consent().file(command("2025-01-01", null, "b.pdf"), pdf("/Encrypt 5 0 R"));

        assertThat(scripted.activeContent()).isTrue();
        assertThat(encrypted.activeContent()).isFalse();
        assertThat(stored(encrypted.documentKey())).isEqualTo(pdf("/Encrypt 5 0 R"));
    }

    @Test
    void refusesWhatIsNotAPdfAndStoresNothing() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        assertRejected(png, RejectedFileException.Reason.UNSUPPORTED_TYPE, "does not start with %PDF-");
        assertRejected(
                "<html><body>hi</body></html>".getBytes(),
                RejectedFileException.Reason.UNSUPPORTED_TYPE,
                "does not start with %PDF-");
        assertRejected(new byte[0], RejectedFileException.Reason.UNSUPPORTED_TYPE, "empty");
        byte[] whole = pdf("signed");
        assertRejected(
                java.util.Arrays.copyOf(whole, whole.length - 8),
                RejectedFileException.Reason.UNSUPPORTED_TYPE,
                "does not open");
        assertRejected(pdf("x".repeat(1_000)), RejectedFileException.Reason.TOO_LARGE, "1000 bytes");
        assertThat(files.keys()).isEmpty();
        assertThat(storage.consentForms().of(minji.influencer().id())).isEmpty();
    }

    @Test
    void refusesABadDateOrNoteWithEveryProblemAtOnce() {
        assertThatThrownBy(() -> roster.consent().file(command("2025-13-01", "\u0000", null), pdf("x")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.errors())
                                .containsExactly(
                                        new FieldError(
                                                "note",
                                                "must not contain control characters other than line breaks and tabs"),
                                        new FieldError(
                                                "signedOn", "must be a date as yyyy-MM-dd, such as 2026-12-07")));
        assertThatThrownBy(() -> roster.consent().file(command(null, null, null), pdf("x")))
                .hasMessageContaining("signedOn is required");
        assertThatThrownBy(() -> roster.consent().file(command("2026-01-03", null, null), pdf("x")))
                .hasMessageContaining("signedOn must not be in the future");
        assertThat(files.keys()).isEmpty();
    }

    @Test
    void anUnknownPersonIsNotFoundAndNothingIsStored() {
        String ghost = ConsentFormId.next(clock.instant()).value();
        assertThatThrownBy(() -> roster.consent()
                        .file(new FileConsentFormCommand(ghost, "2025-01-01", null, null, null), pdf("x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.consent().list("not-an-id")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.consent().prepareUpload(ghost)).isInstanceOf(NotFoundException.class);
        assertThat(files.keys()).isEmpty();
    }

    @Test
    void filesALargePdfSentToAnUploadLinkAndRemovesTheUpload() {
        ConsentUpload upload = roster.consent().prepareUpload(person);
        assertThat(upload.link().headers()).containsEntry("Content-Type", "application/pdf");
        files.upload(upload.link(), pdf("large"));

        ConsentForm form = roster.consent().fileUpload(upload.uploadId(), command("2025-06-01", null, "big.pdf"));

        assertThat(form.id().value()).isEqualTo(upload.uploadId());
        assertThat(files.keys()).containsExactly(FileKey.of(form.documentKey()));
        assertThatThrownBy(() -> roster.consent().fileUpload(upload.uploadId(), command("2025-06-01", null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUploadThatIsNotAPdfIsRefusedAndRemoved() {
        ConsentUpload upload = roster.consent().prepareUpload(person);
        files.upload(upload.link(), "GIF89a".getBytes());

        assertThatThrownBy(() -> roster.consent().fileUpload(upload.uploadId(), command("2025-06-01", null, null)))
                .isInstanceOf(RejectedFileException.class);
        assertThat(files.keys()).isEmpty();
        assertThatThrownBy(() -> roster.consent().fileUpload("../../etc", command("2025-06-01", null, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void downloadsThroughALinkOfFiveMinutesAtMost() {
        ConsentForm form = roster.consent().file(command("2025-01-01", null, null), pdf("x"));

        String link =
                roster.consent().downloadLink(person, form.id().value()).url().toString();

        assertThat(link).startsWith("memory://files/" + form.documentKey() + "?expires=");
        long expires = Long.parseLong(link.substring(link.indexOf("expires=") + 8));
        assertThat(expires - clock.instant().getEpochSecond()).isBetween(299L, 300L);
        assertThatThrownBy(() -> roster.consent()
                        .downloadLink(
                                person, ConsentFormId.next(clock.instant()).value()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void withdrawingRemovesTheRecordAndTheFileAndConsentFollows() {
        ConsentForm old = roster.consent().file(command("2024-01-01", null, null), pdf("old"));
        ConsentForm latest = roster.consent().file(command("2025-01-01", null, null), pdf("new"));

        roster.consent().withdraw(person, latest.id().value());

        assertThat(roster.consent().list(person)).containsExactly(old);
        assertThat(files.keys()).containsExactly(FileKey.of(old.documentKey()));
        assertThat(roster.accounts().get("a", minji.account().id().value()).consentSignedOn())
                .isEqualTo(LocalDate.of(2024, 1, 1));
        assertThatThrownBy(() -> roster.consent().withdraw(person, latest.id().value()))
                .isInstanceOf(NotFoundException.class);
        roster.consent().withdraw(person, old.id().value());
        assertThat(roster.accounts().get("a", minji.account().id().value()).hasConsent())
                .isFalse();
        assertThat(files.keys()).isEmpty();
    }

    @Test
    void deletingAPersonDeletesTheirFormsFilesAndNoOneElses() {
        ConsentForm mine = roster.consent().file(command("2025-01-01", null, null), pdf("mine"));
        AccountView other = roster.accounts()
                .register(new RegisterAccountCommand("a", "박서준", "010-1234-5670", "seojun", null, null, null));
        ConsentForm theirs = roster.consent()
                .file(
                        new FileConsentFormCommand(other.influencer().id().value(), "2025-01-01", null, null, null),
                        pdf("theirs"));

        roster.accounts().deleteInfluencer(person);

        assertThat(files.keys()).containsExactly(FileKey.of(theirs.documentKey()));
        assertThat(files.keys()).doesNotContain(FileKey.of(mine.documentKey()));
    }

    @Test
    void consentWithoutAFileStoreFailsTheBuildNamingIt() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Roster.builder()
                        .storage(storage)
                        .consent(new TextPdfInspector())
                        .build())
                .withMessageContaining("Builder.files(store)");
        Roster without = Roster.builder().storage(storage).build();
        assertThatIllegalStateException()
                .isThrownBy(without::consent)
                .withMessageContaining("Builder.consent(inspector)");
    }

    private FileConsentFormCommand command(String signedOn, String note, String fileName) {
        return new FileConsentFormCommand(person, signedOn, note, fileName, "editor@example.com");
    }

    private void assertRejected(byte[] document, RejectedFileException.Reason reason, String saying) {
        assertThatThrownBy(() -> roster.consent().file(command("2025-01-01", null, null), document))
                .isInstanceOfSatisfying(
                        RejectedFileException.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(reason))
                .hasMessageContaining(saying);
    }

    private byte[] stored(String key) {
        try (InputStream in = files.open(FileKey.of(key)).orElseThrow().content()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
