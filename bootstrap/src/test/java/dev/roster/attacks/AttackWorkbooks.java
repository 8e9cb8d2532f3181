package dev.roster.attacks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** The workbooks of the attacks, made streaming to temporary files, and a small honest one to import after them. */
final class AttackWorkbooks {

    private static final String HEADER = "<row r=\"1\">" + HandMadeWorkbook.cell("A1", "Name")
            + HandMadeWorkbook.cell("B1", "Phone") + HandMadeWorkbook.cell("C1", "Handle") + "</row>";

    private AttackWorkbooks() {}

    /** One account of the given handle, as a person's Excel would write it. */
    static byte[] legitimate(String handle) {
        return legitimateNamed("정직한", handle);
    }

    /** One account of a person of the given name. */
    static byte[] legitimateNamed(String name) {
        return legitimateNamed(name, "named." + Integer.toHexString(name.hashCode()));
    }

    private static byte[] legitimateNamed(String name, String handle) {
        return HandMadeWorkbook.bytes(
                out -> out.write((HEADER + "<row r=\"2\">" + HandMadeWorkbook.cell("A2", name)
                                + HandMadeWorkbook.cell("B2", "010-5555-0101") + HandMadeWorkbook.cell("C2", handle)
                                + "</row>")
                        .getBytes(StandardCharsets.UTF_8)),
                null);
    }

    /** A header, then a row whose name is a megabyte of random Hangul (incompressible enough not to be a zip bomb). */
    static Path megabyteCell() throws IOException {
        Random random = new Random(1);
        StringBuilder megabyte = new StringBuilder(1024 * 1024);
        while (megabyte.length() < 1024 * 1024) {
            megabyte.append((char) ('가' + random.nextInt(11_172)));
        }
        return HandMadeWorkbook.write(
                Files.createTempFile("megabyte-cell", ".xlsx"),
                out -> out.write((HEADER
                                + "<row r=\"2\">" + HandMadeWorkbook.cell("A2", megabyte.toString())
                                + HandMadeWorkbook.cell("B2", "010-5555-0102") + HandMadeWorkbook.cell("C2", "megabyte")
                                + "</row>")
                        .getBytes(StandardCharsets.UTF_8)),
                null);
    }

    /** A header, then 50,000 rows each with a cell in column XFD, Excel's last: 16,384 columns a row if padded. */
    static Path xfdOnFiftyThousandRows() throws IOException {
        return HandMadeWorkbook.write(
                Files.createTempFile("xfd", ".xlsx"),
                out -> {
                    out.write(HEADER.getBytes(StandardCharsets.UTF_8));
                    for (int row = 2; row <= 50_001; row++) {
                        out.write(("<row r=\"" + row + "\">" + HandMadeWorkbook.cell("A" + row, "n" + row)
                                        + HandMadeWorkbook.cell("B" + row, "010-5555-0103")
                                        + HandMadeWorkbook.cell("C" + row, "h" + row)
                                        + HandMadeWorkbook.cell("XFD" + row, "x") + "</row>")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                },
                null);
    }

    /**
     * A header of shared strings 0-2, then a shared-strings part of 200 MB: numbered strings, which deflate well
     * enough (about 1:12) to fit an upload of 20 MB, and not so well as to look like a zip bomb.
     */
    static Path sharedStringsOf200Megabytes() throws IOException {
        return HandMadeWorkbook.write(
                Files.createTempFile("shared-strings", ".xlsx"),
                out -> out.write(("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                                + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>")
                        .getBytes(StandardCharsets.UTF_8)),
                out -> {
                    out.write("<si><t>Name</t></si><si><t>Phone</t></si><si><t>Handle</t></si>"
                            .getBytes(StandardCharsets.UTF_8));
                    long written = 0;
                    for (int n = 0; written < 200L * 1024 * 1024; n++) {
                        byte[] item =
                                String.format("<si><t>account-%08d</t></si>", n).getBytes(StandardCharsets.UTF_8);
                        out.write(item);
                        written += item.length;
                    }
                });
    }
}
