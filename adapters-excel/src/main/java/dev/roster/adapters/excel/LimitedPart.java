package dev.roster.adapters.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * A part of a workbook read under a size limit: refused by the size its zip entry declares before a byte is inflated,
 * and, should that size lie, as soon as more than the limit has been read.
 */
final class LimitedPart {

    private LimitedPart() {}

    /**
     * The content of the package's part of {@code relation}, or {@code null} when it has none.
     *
     * @param name what the part is called in a refusal, e.g. "shared-strings"
     */
    static InputStream open(OPCPackage pkg, XSSFRelation relation, String name, long limit) throws IOException {
        var parts = pkg.getPartsByContentType(relation.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        PackagePart part = parts.get(0);
        if (part.getSize() > limit) {
            throw WorkbookLimits.partTooLarge(name, limit);
        }
        return new Counted(part.getInputStream(), name, limit);
    }

    /** Fails the read that goes past the limit. */
    private static final class Counted extends FilterInputStream {

        private final String name;
        private final long limit;
        private long read;

        Counted(InputStream in, String name, long limit) {
            super(in);
            this.name = name;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw WorkbookLimits.partTooLarge(name, limit);
            }
        }
    }
}
