package nl.toezeggingen.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The embedded H2 file in the data directory. Opening it migrates the schema; it stays open (one
 * connection held) until {@link #close()}, because H2 closes a file database with its last connection.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "toezeggingen";
    /** The version of the newest file in db/migration; a test keeps the two in step. */
    static final String LATEST_MIGRATION = "8";

    private final Path file;
    private final Connection keeper;
    private final Jdbi jdbi;

    private Database(Path file, Connection keeper, Jdbi jdbi) {
        this.file = file;
        this.keeper = keeper;
        this.jdbi = jdbi;
    }

    public static Database open(Path dataDirectory) {
        return open(dataDirectory, database -> { });
    }

    /**
     * Opens the data, migrating it when this version's schema is newer. {@code beforeMigrating} sees an
     * existing file as it is just before a migration changes it: a program that makes its start backup
     * only after opening (the window) copies it there, so a backup from before the migration exists.
     * An existing file is never taken for a new database: empty, headers only or without our schema, it is
     * refused as {@link DataUnavailableException.Reason#NOT_OURS} and left exactly as it was.
     */
    public static Database open(Path dataDirectory, java.util.function.Consumer<Database> beforeMigrating) {
        Path folder = dataDirectory.toAbsolutePath();
        Path file = folder.resolve(FILE_NAME + ".mv.db");
        if (!isUsablePath(folder)) {
            throw new DataUnavailableException(DataUnavailableException.Reason.UNUSABLE_PATH, folder, null);
        }
        prepareFolder(folder, file);
        boolean existed = Files.exists(file);
        if (existed) {
            StoreProbe.check(file);
        }
        JdbcDataSource source = new JdbcDataSource();
        // File mode only (no server, no AUTO_SERVER): a second copy must fail, not become a second writer.
        // No trace file beside the data (users back up and mail that folder); WRITE_DELAY=0 so that a
        // save the user saw succeed is on disk before a power cut can take it. The path is checked above:
        // nothing in it can end the name and start a setting.
        source.setURL("jdbc:h2:file:" + folder.resolve(FILE_NAME) + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0");
        Connection keeper;
        try {
            keeper = source.getConnection();
        } catch (SQLException e) {
            throw translate(e, file);
        }
        Database database = new Database(file, keeper, Jdbi.create(source));
        try {
            Schema schema = schema(keeper);
            if (existed && schema == Schema.NONE) {
                // Another program's H2 file, or one H2 could read but that holds nothing: not ours to fill.
                shutDownUnchanged(keeper);
                throw new DataUnavailableException(DataUnavailableException.Reason.NOT_OURS, file, null);
            }
            if (schema != Schema.CURRENT) {
                if (existed) {
                    beforeMigrating.accept(database);
                }
                Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
            }
        } catch (FlywayException | SQLException e) {
            closeQuietly(keeper);
            throw StorageFaults.of(e).map(reason -> new DataUnavailableException(reason, file, e))
                    .orElseGet(() -> new DataUnavailableException(DataUnavailableException.Reason.DAMAGED, file, e));
        }
        if (!existed) {
            OwnerOnly.file(file);
        }
        return database;
    }

    /**
     * True when H2 takes every character of the folder's name as part of the name: a {@code ;} would start
     * a setting (a folder named {@code x;INIT=RUNSCRIPT FROM 'p.sql'} would run a script), and H2 reads a
     * backslash as a separator where the system does not.
     */
    public static boolean isUsablePath(Path folder) {
        String name = folder.toAbsolutePath().toString();
        boolean backslashIsSeparator = "\\".equals(folder.getFileSystem().getSeparator());
        return name.indexOf(';') < 0 && (backslashIsSeparator || name.indexOf('\\') < 0)
                && name.chars().noneMatch(Character::isISOControl);
    }

    /**
     * Makes the folder when it is missing, for the user alone; an existing folder keeps its modes (a shared
     * or read-only folder is the user's choice). A folder or file that cannot be written is refused here,
     * before H2 fails halfway with a stack of its own.
     */
    private static void prepareFolder(Path folder, Path file) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                OwnerOnly.directory(folder);
            }
        } catch (IOException e) {
            throw new DataUnavailableException(StorageFaults.of(e).orElse(DataUnavailableException.Reason.NOT_WRITABLE),
                    folder, e);
        }
        if (!Files.isWritable(folder) || Files.exists(file) && !Files.isWritable(file)) {
            throw new DataUnavailableException(DataUnavailableException.Reason.READ_ONLY, file, null);
        }
    }

    private enum Schema { NONE, BEHIND, CURRENT }

    private static Schema schema(Connection connection) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
            if (!tables.next()) {
                return Schema.NONE;
            }
        }
        return isCurrent(connection) ? Schema.CURRENT : Schema.BEHIND;
    }

    /** Closes without the tidy-up write H2 makes on a normal close, so a refused file keeps every byte. */
    private static void shutDownUnchanged(Connection connection) {
        try (var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            // the connection is gone either way
        }
        closeQuietly(connection);
    }

    /**
     * True when the newest migration we ship has been applied and none failed. Then Flyway, whose start
     * costs a third of a second of class loading, has nothing to do and is not started at all.
     */
    static boolean isCurrent(Connection connection) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
            if (!tables.next()) {
                return false;
            }
        }
        try (var statement = connection.prepareStatement("SELECT COUNT(*) FILTER (WHERE \"version\" = ? AND \"success\"),"
                + " COUNT(*) FILTER (WHERE NOT \"success\"), MAX(\"installed_rank\") FILTER (WHERE \"version\" = ?)"
                + " = MAX(\"installed_rank\") FROM \"flyway_schema_history\"")) {
            statement.setString(1, LATEST_MIGRATION);
            statement.setString(2, LATEST_MIGRATION);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1 && rows.getInt(2) == 0 && rows.getBoolean(3);
            }
        }
    }

    /**
     * A consistent copy of the open database as a zip holding {@code toezeggingen.mv.db}, taken while it
     * stays in use (H2's online BACKUP). The caller chooses the file and moves it into place.
     */
    public void backupTo(Path zip) {
        try (PreparedStatement backup = keeper.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, zip.toAbsolutePath().toString());
            backup.execute();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("backup to " + zip + " failed", e));
        }
        OwnerOnly.file(zip);
    }

    private static DataUnavailableException translate(SQLException e, Path file) {
        DataUnavailableException.Reason reason = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> DataUnavailableException.Reason.IN_USE;
            case ErrorCode.DATABASE_IS_READ_ONLY -> DataUnavailableException.Reason.READ_ONLY;
            case ErrorCode.FILE_CREATION_FAILED_1 ->
                    StorageFaults.of(e).orElse(DataUnavailableException.Reason.NOT_WRITABLE);
            // Only what H2 names as unreadable is "damaged": a full or read-only disk is not the file's fault.
            default -> StorageFaults.of(e).orElse(DataUnavailableException.Reason.DAMAGED);
        };
        return new DataUnavailableException(reason, file, e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after a failed open: the failure already reported is the one that matters.
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path file() {
        return file;
    }

    /**
     * Closes without H2's tidy-up write: for a file that is about to be replaced (a restore) and must not
     * be written once the new one is in place. Committed work is on disk already (WRITE_DELAY=0).
     */
    public void closeUnchanged() {
        shutDownUnchanged(keeper);
    }

    @Override
    public void close() {
        closeQuietly(keeper);
    }
}
