package nl.toezeggingen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command has: the global options (data folder, day, language) and its own output. */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Refuses an output file that would land on the program's own files, before anything is opened. */
    void refuseOwnFile(java.nio.file.Path target) {
        if (target != null && root.options().ownFiles().contains(target)) {
            throw new BadInput(root.messages().get("output.ownFile", target.toAbsolutePath()));
        }
    }
}
