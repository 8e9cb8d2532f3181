package dev.roster.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsInTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "좋아요! https://shop.example/item?id=1, 꼭 사세요.|https://shop.example/item?id=1",
                "문의는 www.brand.co.kr로 주세요.|www.brand.co.kr",
                "(https://shop.example/a_(b))를 참고하세요!|https://shop.example/a_(b)",
                "링크:http://a.example/x.|http://a.example/x",
                "\"https://q.example/?q=1\"이에요|https://q.example/?q=1",
                "메일 me@www.mail.example 은 아니에요|''",
                "그냥 www. 이라고만|''"
            })
    void findsUrlsAsKoreanTextWritesThem(String text, String url) {
        assertThat(UrlsInText.find(text)).isEqualTo(url.isEmpty() ? java.util.List.of() : java.util.List.of(url));
    }

    @ParameterizedTest
    @CsvSource({"https://Shop.Example/item,shop.example", "www.brand.co.kr,www.brand.co.kr"})
    void namesTheHost(String url, String host) {
        assertThat(UrlsInText.host(url)).contains(host);
    }
}
