package nl.toezeggingen.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import nl.toezeggingen.domain.ImportIssue;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Unpacks every part of a workbook once, counting, before fastexcel opens it. fastexcel has no limits of
 * its own and reads a cell, an attribute or a whole part into memory, so a "zip bomb" of 1.5 MB holding
 * one 1.5 GB cell, or 2 GB of rows, would fill the memory. What the zip declares is checked first (that
 * costs nothing); then the bytes actually unpacked, since a declared size can lie. The zip is read with
 * the same library and settings as fastexcel's, so that both see the same parts.
 */
final class WorkbookLimits {
    private static final long MB = 1024 * 1024;
    /** One part: a sheet of {@link Table#MAX_ROWS} rows as Excel writes them is well under this. */
    static final long MAX_PART = 256 * MB;
    static final long MAX_TOTAL = 1024 * MB;
    /** A workbook has a few dozen parts; a zip of countless small ones costs memory just to list. */
    static final int MAX_PARTS = 10_000;
    /** Real sheets pack 10 to 50 times; a run of one letter a thousand times. */
    static final int MAX_RATIO = 200;
    /** Below this a part may pack as well as it likes: it cannot hurt. */
    static final long RATIO_GRACE = 16 * MB;
    /** Bytes between two tags: UTF-8 or an entity takes at most ten per character, so more is surely too long. */
    static final int MAX_TEXT_BYTES = 10 * Table.MAX_CELL;
    /** Bytes of one tag with its attributes: no real part comes near. */
    static final int MAX_TAG_BYTES = (int) (8 * MB);

    private final long maxPart;
    private final long maxTotal;
    private final long ratioGrace;

    WorkbookLimits() {
        this(MAX_PART, MAX_TOTAL, RATIO_GRACE);
    }

    /** Smaller limits, so that a test can pass them without writing hundreds of megabytes. */
    WorkbookLimits(long maxPart, long maxTotal, long ratioGrace) {
        this.maxPart = maxPart;
        this.maxTotal = maxTotal;
        this.ratioGrace = ratioGrace;
    }

    /** Null when the workbook stays within every limit; otherwise the one error that says which it passes. */
    ImportIssue check(byte[] bytes) {
        if (centralRecords(bytes) > MAX_PARTS) {
            return error("import.xlsx.parts", MAX_PARTS);
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            ImportIssue declared = declared(entries, bytes.length);
            if (declared != null) {
                return declared;
            }
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory() || !zip.canReadEntryData(entry)) {
                    continue; // fastexcel cannot read it either
                }
                Part part = new Part(packed(entry, bytes.length), maxTotal - total);
                try (InputStream in = zip.getInputStream(entry)) {
                    ImportIssue passed = part.read(in);
                    if (passed != null) {
                        return passed;
                    }
                } catch (IOException e) {
                    // A damaged part: fastexcel reports the workbook if it is one it needs.
                }
                total += part.size;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return ImportIssue.error(0, null, "import.file.notXlsx");
        }
    }

    /** The sizes the zip states, before anything is unpacked: an honest bomb stops here. */
    private ImportIssue declared(List<ZipArchiveEntry> entries, long fileSize) {
        long total = 0;
        for (ZipArchiveEntry entry : entries) {
            long size = Math.max(entry.getSize(), 0);
            if (size > ratioGrace && size / packed(entry, fileSize) > MAX_RATIO) {
                return error("import.xlsx.ratio", MAX_RATIO);
            }
            if (size > maxPart) {
                return error("import.xlsx.tooLarge", maxPart / MB);
            }
            total += size;
            if (total > maxTotal) {
                return error("import.xlsx.tooLarge", maxTotal / MB);
            }
        }
        return null;
    }

    /** The packed size, as far as the file can hold it (a lie beyond the file's end gains nothing). */
    private static long packed(ZipArchiveEntry entry, long fileSize) {
        return Math.max(1, Math.min(entry.getCompressedSize(), fileSize));
    }

    /**
     * Records of the central directory the zip reader could list: each starts with this signature, so
     * their number in the file bounds how many entries it makes, whatever the directory's end record says.
     */
    private static int centralRecords(byte[] bytes) {
        int count = 0;
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                count++;
            }
        }
        return count;
    }

    private static ImportIssue error(String key, Object... args) {
        return ImportIssue.error(0, null, key, args);
    }

    /**
     * One part, unpacked and counted. A part that starts like XML is also scanned for the longest text
     * between tags and the longest tag, the things an XML reader holds whole; other parts (pictures) only
     * counted, as fastexcel does not parse them.
     */
    private final class Part {
        private final long packed;
        private final long totalLeft;
        private long size;
        private Boolean xml;
        private boolean inTag;
        private int run;

        Part(long packed, long totalLeft) {
            this.packed = packed;
            this.totalLeft = totalLeft;
        }

        ImportIssue read(InputStream in) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > ratioGrace && size / packedSoFar(in) > MAX_RATIO) {
                    return error("import.xlsx.ratio", MAX_RATIO);
                }
                if (size > maxPart) {
                    return error("import.xlsx.tooLarge", maxPart / MB);
                }
                if (size > totalLeft) {
                    return error("import.xlsx.tooLarge", maxTotal / MB);
                }
                ImportIssue passed = scan(buffer, n);
                if (passed != null) {
                    return passed;
                }
            }
            return null;
        }

        /** The packed bytes read so far where the stream can tell (commons-compress's can), else all of them. */
        private long packedSoFar(InputStream in) {
            return in instanceof InputStreamStatistics counted ? Math.max(1, counted.getCompressedCount()) : packed;
        }

        private ImportIssue scan(byte[] buffer, int n) {
            int i = 0;
            while (xml == null && i < n) {
                // Past a byte order mark and white space, XML starts with '<'.
                byte b = buffer[i];
                if (b == '<') {
                    xml = true;
                } else if (b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF && b != (byte) 0xFF
                        && b != (byte) 0xFE && b != 0 && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    xml = false;
                } else {
                    i++;
                }
            }
            if (xml != Boolean.TRUE) {
                return null;
            }
            // From one '<' or '>' to the next in a tight loop: this runs over every byte of the workbook.
            while (i < n) {
                byte end = inTag ? (byte) '>' : (byte) '<';
                int from = i;
                while (i < n && buffer[i] != end) {
                    i++;
                }
                run += i - from;
                if (inTag && run > MAX_TAG_BYTES) {
                    return error("import.xlsx.longTag", MAX_TAG_BYTES / MB);
                }
                if (!inTag && run > MAX_TEXT_BYTES) {
                    return error("import.xlsx.longText", Table.MAX_CELL);
                }
                if (i < n) {
                    inTag = !inTag;
                    run = 0;
                    i++;
                }
            }
            return null;
        }
    }
}
