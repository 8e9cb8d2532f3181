package dev.roster.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** docs/cost.md is what docs/cost/Cost.java computes from its inputs: the document cannot drift from them. */
class CostDocumentTest {

    @Test
    void theCostDocumentIsWhatTheToolComputes() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process tool = new ProcessBuilder(java, "docs/cost/Cost.java")
                .directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String computed = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tool.exitValue()).isZero();

        assertThat(Files.readString(root.resolve("docs/cost.md"), StandardCharsets.UTF_8))
                .as("docs/cost.md is stale: run `java docs/cost/Cost.java > docs/cost.md`")
                .isEqualTo(computed);
        assertThat(computed).contains("ap-northeast-2").contains("| **total** |");
    }
}
