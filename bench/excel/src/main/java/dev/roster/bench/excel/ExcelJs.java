package dev.roster.bench.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the ExcelJS scripts beside this harness in Node, installing ExcelJS from npm the first time. */
final class ExcelJs {

    /** What one script run reported. */
    record Run(long rows, double millis, long peakRssMegabytes) {}

    private final Path scripts;

    ExcelJs(Path scripts) throws IOException, InterruptedException {
        this.scripts = scripts;
        if (!Files.isDirectory(scripts.resolve("node_modules/exceljs"))) {
            run(List.of("npm", "install", "--no-audit", "--no-fund"));
        }
    }

    String version() throws IOException, InterruptedException {
        return run(List.of("node", "-p", "require('exceljs/package.json').version + ' on Node ' + process.version"));
    }

    Run read(Path workbook) throws IOException, InterruptedException {
        return parse(run(List.of("node", "read.js", workbook.toString())));
    }

    Run write(Path workbook, int rows) throws IOException, InterruptedException {
        return parse(run(List.of("node", "write.js", workbook.toString(), Integer.toString(rows))));
    }

    private static Run parse(String output) {
        String[] fields = output.strip().split("\\s+");
        return new Run(Long.parseLong(fields[0]), Double.parseDouble(fields[1]), Long.parseLong(fields[2]));
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command))
                .directory(scripts.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output.lines().reduce((first, last) -> last).orElse("");
    }
}
