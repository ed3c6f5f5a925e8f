package nl.toezeggingen.app;

import java.util.List;

/**
 * A backup or restore that could not be done, for a reason the user can act on (a file that is no
 * backup, a folder that cannot be written). Nothing was changed. Exit code 2 on the command line.
 */
public final class BackupFailure extends RuntimeException {
    private final String messageKey;
    private final transient List<Object> args;

    BackupFailure(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String describe(Messages messages) {
        return messages.get(messageKey, args.toArray());
    }
}
