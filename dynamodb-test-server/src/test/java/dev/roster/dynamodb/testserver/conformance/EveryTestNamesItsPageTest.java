package dev.roster.dynamodb.testserver.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The suite's rule: every conformance test names the AWS documentation page it follows. */
class EveryTestNamesItsPageTest {

    @Test
    void everyConformanceTestCarriesAnAwsDocAnnotation()
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path here = Path.of(EveryTestNamesItsPageTest.class.getResource(".").toURI());
        List<String> unnamed = new ArrayList<>();
        int tests = 0;
        try (Stream<Path> files = Files.list(here)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith("Test.class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(EveryTestNamesItsPageTest.class.getPackageName() + "." + name);
                if (type == EveryTestNamesItsPageTest.class) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(Test.class)) {
                        tests++;
                        AwsDoc page = method.getAnnotation(AwsDoc.class);
                        if (page == null || !page.value().startsWith("https://docs.aws.amazon.com/amazondynamodb/")) {
                            unnamed.add(name + "." + method.getName());
                        }
                    }
                }
            }
        }
        assertThat(tests).as("conformance tests found").isGreaterThan(50);
        assertThat(unnamed).isEmpty();
    }
}
