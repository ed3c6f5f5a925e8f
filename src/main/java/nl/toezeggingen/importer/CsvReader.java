package nl.toezeggingen.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toezeggingen.domain.ImportFormat;
import nl.toezeggingen.domain.ImportIssue;

/**
 * CSV as Excel and people write it: comma, semicolon or tab (whichever the header uses), UTF-8 with or
 * without BOM, UTF-16 with BOM, or Windows-1252 when the bytes are no valid UTF-8; RFC 4180 quotes, cells
 * spanning lines. Line numbers are those of the file, so that the user can find a row in an editor.
 */
final class CsvReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvReader() {
    }

    static Parsed read(byte[] bytes) {
        Table table = new Table(ImportFormat.CSV);
        String text = decode(bytes, table);
        if (text == null) {
            return table.parsed();
        }
        if (looksBinary(text)) {
            return Parsed.failed(ImportFormat.CSV, ImportIssue.error(0, null, "import.file.notText"));
        }
        char separator = separator(text);
        new Tokenizer(text, separator, table).run();
        return table.parsed();
    }

    private static String decode(byte[] bytes, Table table) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(ByteBuffer.wrap(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8, table);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Excel on Windows saves "CSV" in the machine's code page: é is one byte there.
            table.issue(ImportIssue.warning(0, null, "import.file.windows1252"));
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static String strict(ByteBuffer bytes, Charset charset, Table table) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            table.issue(ImportIssue.error(0, null, "import.file.badUtf8"));
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NULs and other control characters do not occur in a list people typed; a few stray ones may. */
    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0 || c == 0xFFFD || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                control++;
            }
        }
        return control > 0 && control * 100 >= sample || text.indexOf('\0') >= 0;
    }

    /** The separator the header line uses most, outside quotes. */
    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * RFC 4180 with leniency: a quote inside an unquoted cell is kept as it stands. A cell is kept up to
     * just past {@link Table#MAX_CELL} (its true length goes with it, for the report), so that one huge
     * cell never takes more memory than the file itself; reading stops once the table is full.
     */
    private static final class Tokenizer {
        private final String text;
        private final char separator;
        private final Table table;
        private final StringBuilder cell = new StringBuilder();
        private int cellLength;
        private List<String> cells = new ArrayList<>();
        private final Map<Integer, Integer> lengths = new HashMap<>();
        private int line = 1;

        Tokenizer(String text, char separator, Table table) {
            this.text = text;
            this.separator = separator;
            this.table = table;
        }

        void run() {
            int rowStart = 1;
            int i = 0;
            int n = text.length();
            boolean atCellStart = true;
            while (i < n && !table.full()) {
                char c = text.charAt(i);
                if (atCellStart && c == '"') {
                    int quoteLine = line;
                    i = quoted(i + 1);
                    if (i < 0) {
                        table.issue(ImportIssue.error(quoteLine, null, "import.csv.openQuote"));
                        return;
                    }
                    atCellStart = false;
                } else if (c == separator) {
                    endCell();
                    atCellStart = true;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    endCell();
                    emit(rowStart);
                    line++;
                    rowStart = line;
                    atCellStart = true;
                } else {
                    add(c);
                    atCellStart = false;
                    i++;
                }
            }
            if (!table.full() && (!cells.isEmpty() || cellLength > 0)) {
                endCell();
                emit(rowStart);
            }
        }

        /** Reads a quoted cell from just after its opening quote; returns where reading goes on, or -1. */
        private int quoted(int from) {
            int i = from;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        add('"');
                        i += 2;
                        continue;
                    }
                    return i + 1;
                }
                if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                    line++;
                }
                add(c);
                i++;
            }
            return -1;
        }

        private void add(char c) {
            if (cellLength++ <= Table.MAX_CELL) {
                cell.append(c);
            }
        }

        private void endCell() {
            if (cellLength > cell.length()) {
                lengths.put(cells.size(), cellLength);
            }
            cells.add(cell.toString());
            cell.setLength(0);
            cellLength = 0;
        }

        private void emit(int rowStart) {
            if (!table.hasHeader()) {
                if (!cells.stream().allMatch(String::isBlank)) {
                    table.header(cells);
                }
            } else {
                table.row(rowStart, cells, lengths);
            }
            cells = new ArrayList<>();
            lengths.clear();
        }
    }
}
