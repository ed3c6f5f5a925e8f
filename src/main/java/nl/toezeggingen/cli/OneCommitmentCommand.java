package nl.toezeggingen.cli;

import picocli.CommandLine.Parameters;

/** A command about one commitment, named by its ID first (show, edit, status, undelete). */
abstract class OneCommitmentCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.help.id")
    String id;

    /** The ID as a number; a word that is none is refused with exit 2, before anything is opened. */
    long commitmentId() {
        return Inputs.id(id, root.messages());
    }
}
