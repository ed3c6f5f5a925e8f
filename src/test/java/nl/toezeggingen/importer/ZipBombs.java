package nl.toezeggingen.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Workbooks of a megabyte or two that unpack to gigabytes, made in a second: the sheet's repeated middle
 * is deflated once, with a full flush so that it refers to nothing before it, and that piece is written
 * as often as needed; a valid DEFLATE stream, as a zip tool makes it, only much faster. The zip is
 * written by hand so that it can also lie: {@code honest} false declares each part a kilobyte unpacked.
 */
public final class ZipBombs {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN
            + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Titel</t></is></c></row>";
    private static final int CHUNK = 1 << 20;

    private ZipBombs() {
    }

    /** A sheet whose second row has one cell of {@code letters} times 'A'. */
    public static Path oneHugeCell(Path file, long letters, boolean honest) {
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'A');
        return workbook(file, SHEET_START + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>", chunk,
                letters / CHUNK, "</t></is></c></row></sheetData></worksheet>", honest);
    }

    /** A sheet of about {@code bytes} of one small row, over and over. */
    public static Path manyRows(Path file, long bytes, boolean honest) {
        byte[] row = "<row><c t=\"inlineStr\"><is><t>Kamer informeren</t></is></c></row>"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[CHUNK / row.length * row.length];
        for (int i = 0; i < chunk.length; i += row.length) {
            System.arraycopy(row, 0, chunk, i, row.length);
        }
        return workbook(file, SHEET_START, chunk, bytes / chunk.length, "</sheetData></worksheet>", honest);
    }

    private static Path workbook(Path file, String sheetStart, byte[] middle, long times, String sheetEnd,
                                 boolean honest) {
        List<Part> parts = new ArrayList<>();
        for (java.util.Map.Entry<String, String> part : nl.toezeggingen.app.ImportFiles.SKELETON) {
            parts.add(Part.of(part.getKey(), part.getValue()));
        }
        parts.add(Part.repeated("xl/worksheets/sheet1.xml", sheetStart.getBytes(StandardCharsets.UTF_8), middle,
                times, sheetEnd.getBytes(StandardCharsets.UTF_8)));
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, parts, honest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void write(OutputStream out, List<Part> parts, boolean honest) throws IOException {
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        long offset = 0;
        for (Part part : parts) {
            long size = honest ? part.size : 1024;
            byte[] name = part.name.getBytes(StandardCharsets.UTF_8);
            ByteBuffer local = header(30 + name.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) Deflater.DEFLATED)
                    .putShort((short) 0).putShort(DOS_DATE).putInt((int) part.crc).putInt((int) part.packedSize())
                    .putInt((int) size).putShort((short) name.length).putShort((short) 0).put(name);
            out.write(local.array());
            part.writeData(out);
            ByteBuffer central = header(46 + name.length);
            central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0)
                    .putShort((short) Deflater.DEFLATED).putShort((short) 0).putShort(DOS_DATE).putInt((int) part.crc)
                    .putInt((int) part.packedSize()).putInt((int) size).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) offset).put(name);
            directory.write(central.array());
            offset += 30 + name.length + part.packedSize();
        }
        out.write(directory.toByteArray());
        ByteBuffer end = header(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) parts.size())
                .putShort((short) parts.size()).putInt(directory.size()).putInt((int) offset).putShort((short) 0);
        out.write(end.array());
    }

    /** 1 January 2025 in MS-DOS form. */
    private static final short DOS_DATE = (short) (((2025 - 1980) << 9) | (1 << 5) | 1);

    private static ByteBuffer header(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A part as start + middle x times + end, each deflated on its own. */
    private record Part(String name, byte[] start, byte[] middle, long times, byte[] end, long size, long crc) {
        static Part of(String name, String content) {
            return repeated(name, content.getBytes(StandardCharsets.UTF_8), new byte[0], 0, new byte[0]);
        }

        static Part repeated(String name, byte[] start, byte[] middle, long times, byte[] end) {
            CRC32 crc = new CRC32();
            crc.update(start);
            for (long i = 0; i < times; i++) {
                crc.update(middle);
            }
            crc.update(end);
            return new Part(name, deflate(start, false), deflate(middle, false), times, deflate(end, true),
                    start.length + middle.length * times + end.length, crc.getValue());
        }

        long packedSize() {
            return start.length + middle.length * times + end.length;
        }

        void writeData(OutputStream out) throws IOException {
            out.write(start);
            for (long i = 0; i < times; i++) {
                out.write(middle);
            }
            out.write(end);
        }

        /** Raw DEFLATE; a full flush ends on a byte boundary and lets the next piece start afresh. */
        private static byte[] deflate(byte[] data, boolean last) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(data);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                int n = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    break;
                }
            }
            deflater.end();
            return out.toByteArray();
        }
    }
}
