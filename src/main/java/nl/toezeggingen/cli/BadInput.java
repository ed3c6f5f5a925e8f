package nl.toezeggingen.cli;

/** Input the user typed that cannot be used; the message is already in the user's language. */
final class BadInput extends RuntimeException {
    BadInput(String message) {
        super(message);
    }
}
