package dev.roster.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    private static final String SEVENTY = "a".repeat(69) + "b";

    @Test
    void readsTheNamedPartAfterOthersAndAPreamble() {
        String body = "a preamble\r\n--xyz\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--xyz\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a;b.xlsx\"\r\nContent-Type: x\r\n\r\n"
                + "DATA\r\n--xyz--\r\n";

        assertThat(text(MultipartForm.part("multipart/form-data; boundary=xyz", bytes(body), "file")))
                .isEqualTo("DATA");
        assertThat(text(MultipartForm.part("multipart/form-data; boundary=\"xyz\"", bytes(body), "note")))
                .isEqualTo("hello");
    }

    @Test
    void takesABoundaryOfSeventyCharactersAndRefusesLongerOrForbiddenOnes() {
        String body =
                "--" + SEVENTY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nX\r\n--" + SEVENTY + "--";

        assertThat(text(MultipartForm.part("multipart/form-data; boundary=" + SEVENTY, bytes(body), "file")))
                .isEqualTo("X");
        for (String boundary : new String[] {SEVENTY + "c", "semi<colon>", "ends-with-space ", ""}) {
            assertThatThrownBy(() -> MultipartForm.part(
                            "multipart/form-data; boundary=\"" + boundary + "\"", bytes(body), "file"))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void refusesPartHeadersThatNeverEnd() {
        String body = "--xyz\r\nContent-Disposition: form-data; name=\"file\"" + "; x=y".repeat(5_000);

        assertThatThrownBy(() -> MultipartForm.part("multipart/form-data; boundary=xyz", bytes(body), "file"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors().get(0).message()).contains("headers do not end"));
    }

    /**
     * A body made of near-misses of the delimiter (every 70-character boundary but its last letter) makes a naive
     * search compare each byte up to 70 times; here the comparisons grow with the body, at most two per byte.
     */
    @Test
    void parsesAPathologicalBodyInTimeLinearInItsSize() {
        long small = steps(1 << 20);
        long large = steps(8 << 20);

        assertThat(small).isLessThanOrEqualTo(2L * (1 << 20) + 1_000);
        assertThat(large).isLessThanOrEqualTo(2L * (8 << 20) + 1_000);
        assertThat((double) large / small).isBetween(7.0, 9.0);
    }

    private static long steps(int size) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(size + 200);
        body.writeBytes(bytes("--" + SEVENTY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n"));
        byte[] nearMiss = bytes("\r\n--" + "a".repeat(69) + "a");
        while (body.size() < size) {
            body.writeBytes(nearMiss);
        }
        body.writeBytes(bytes("\r\n--" + SEVENTY + "--"));
        MultipartForm form = new MultipartForm("multipart/form-data; boundary=" + SEVENTY, body.toByteArray(), "file");
        long started = System.nanoTime();
        assertThat(form.part("file")).hasSizeGreaterThan(size - 200);
        assertThat(System.nanoTime() - started)
                .as("nanoseconds, a generous bound")
                .isLessThan(5_000_000_000L);
        return form.steps();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
