package nl.toezeggingen.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the files a user would bring: CSV as Excel saves it, and a minimal but real XLSX workbook. */
public final class ImportFiles {
    public static final List<String> HEADER = List.of("Kenmerk", "Titel", "Termijn", "Status", "Eigenaar",
            "Dossier", "Actielijn", "Stand van zaken");

    private ImportFiles() {
    }

    /** {@code count} rows of a ministry list, varied the way such lists are. */
    public static List<List<String>> rows(int count) {
        String[] deadlines = {"voor de zomer van 2025", "eind 2025", "Q3 2025", "uiterlijk 1 juli 2026", "doorlopend",
                "begin 2026", "2025-12-01"};
        String[] statuses = {"Openstaand", "In uitvoering", "Afgedaan", "deels afgedaan", "Vervallen"};
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < count; i++) {
            rows.add(List.of("TZ-" + i, "Kamer informeren over punt " + i + "; zie \"brief\"",
                    deadlines[i % deadlines.length], statuses[i % statuses.length], "Behandelaar " + (i % 7),
                    "Dossier " + (i % 12), "Lijn " + (i % 5 + 1), i % 3 == 0 ? "loopt,\nzie overleg" : ""));
        }
        return rows;
    }

    public static Path csv(Path file, List<List<String>> rows, char separator, Charset charset) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(separator);
                }
                String cell = row.get(i);
                boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n");
                text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append("\r\n");
        }
        return write(file, text.toString().getBytes(charset));
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every part of the smallest workbook Excel opens but its one sheet ({@code xl/worksheets/sheet1.xml}):
     * what {@link #xlsx} and the zip bombs of the importer's tests are built around.
     */
    public static final List<Map.Entry<String, String>> SKELETON = List.of(
            Map.entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>"),
            Map.entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>"),
            Map.entry("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Toezeggingen\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            Map.entry("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>"),
            Map.entry("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>"));

    /** The smallest workbook Excel itself opens: one sheet of inline strings, plus date cells where asked. */
    public static Path xlsx(Path file, List<List<String>> rows) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : SKELETON) {
                entry(zip, part.getKey(), part.getValue());
            }
            StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 0; r < rows.size(); r++) {
                sheet.append("<row r=\"").append(r + 1).append("\">");
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String ref = (char) ('A' + c) + String.valueOf(r + 1);
                    String value = row.get(c);
                    if (value.startsWith("=DATE:")) {
                        // A real date cell: a serial number with a date format, as Excel stores it.
                        sheet.append("<c r=\"").append(ref).append("\" s=\"1\"><v>").append(value.substring(6))
                                .append("</v></c>");
                    } else if (!value.isEmpty()) {
                        sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                                .append(escape(value)).append("</t></is></c>");
                    }
                }
                sheet.append("</row>");
            }
            sheet.append("</sheetData></worksheet>");
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
