package nl.toezeggingen.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.toezeggingen.app.Events;
import nl.toezeggingen.app.Messages;
import nl.toezeggingen.app.Tracker;
import nl.toezeggingen.domain.agenda.Event;
import nl.toezeggingen.domain.agenda.EventKind;
import nl.toezeggingen.domain.agenda.EventStatus;
import nl.toezeggingen.domain.agenda.InvalidEventException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Changes the agenda: `event add`, `event move`, `event remove`. Every refusal is one sentence and exit 2. */
@Command(name = "event", subcommands = {EventCommand.Add.class, EventCommand.Move.class, EventCommand.Remove.class})
final class EventCommand extends Subcommand {
    @Override
    public Integer call() {
        // `event` alone is incomplete: what it can do, on stderr with exit 2, like any other bad input.
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.BAD_INPUT;
    }

    /** What `event add/move/remove` share: the program's options, output and the refusals in words. */
    abstract static class Part implements Callable<Integer> {
        @ParentCommand
        EventCommand event;

        @Spec
        CommandSpec spec;

        Messages messages() {
            return event.root.messages();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        @Override
        public final Integer call() {
            // Every value is read and checked before the data is opened: a typing error writes nothing.
            try {
                check(messages());
            } catch (InvalidEventException e) {
                throw new BadInput(e.problems().stream().map(p -> messages().get(p.key(), p.args().toArray()))
                        .collect(Collectors.joining(System.lineSeparator())));
            }
            try (Tracker tracker = event.root.openTracker()) {
                run(tracker.events(), messages());
            } catch (Events.NoSuchEvent e) {
                throw new BadInput(messages().get("cli.event.unknown", String.valueOf(e.id())));
            } catch (Events.StillTied e) {
                throw new BadInput(messages().get("cli.event.stillTied", String.valueOf(e.id()), e.tied()));
            }
            out().flush();
            return Cli.OK;
        }

        /** Reads the command's values; a bad one is refused here (BadInput), before anything is opened. */
        abstract void check(Messages messages);

        abstract void run(Events events, Messages messages);
    }

    @Command(name = "add")
    static final class Add extends Part {
        @Option(names = "--name", paramLabel = "N", descriptionKey = "cli.help.event.name")
        String name;

        @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.help.event.date")
        String date;

        @Option(names = "--kind", paramLabel = "debate|budget|letter|election|other", defaultValue = "other",
                descriptionKey = "cli.help.event.kind")
        String kind;

        @Option(names = "--dossier", paramLabel = "D", descriptionKey = "cli.help.event.dossier")
        String dossier;

        @Option(names = "--status", paramLabel = "officieel|onbevestigd|geschat", defaultValue = "onbevestigd",
                descriptionKey = "cli.help.event.status")
        String status;

        private Event wanted;

        @Override
        void check(Messages messages) {
            LocalDate day = Inputs.date(date, messages);
            EventKind k = EventKind.ofJson(kind.strip().toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new BadInput(messages.get("cli.event.kind.unknown", kind)));
            EventStatus s = EventStatus.ofJson(status.strip().toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new BadInput(messages.get("cli.event.status.unknown", status)));
            wanted = new Event(null, name, k, day, day, s, dossier, null, false);
            if (!wanted.problems().isEmpty()) {
                throw new InvalidEventException(wanted.problems());
            }
        }

        @Override
        void run(Events events, Messages messages) {
            Events.Changed added = events.add(wanted);
            out().println(added.event().id());
        }
    }

    @Command(name = "move")
    static final class Move extends Part {
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.help.event.id")
        String id;

        @Option(names = "--date", paramLabel = "DATE", required = true, descriptionKey = "cli.help.event.moveDate")
        String date;

        private long number;
        private LocalDate day;

        @Override
        void check(Messages messages) {
            number = Inputs.id(id, messages);
            day = Inputs.date(date, messages);
            if (day == null) {
                throw new BadInput(messages.get("cli.event.move.noDate"));
            }
        }

        @Override
        void run(Events events, Messages messages) {
            Events.Changed changed = events.move(number, day);
            out().println(messages.get("cli.event.moved", String.valueOf(changed.event().id()), changed.event().name(), day));
            if (changed.moved().isEmpty()) {
                out().println(messages.get("cli.event.moved.none"));
            }
            MovesText.print(out(), changed.moves(), messages);
        }
    }

    @Command(name = "remove")
    static final class Remove extends Part {
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.help.event.id")
        String id;

        @Option(names = "--untie", descriptionKey = "cli.help.event.untie")
        boolean untie;

        private long number;

        @Override
        void check(Messages messages) {
            number = Inputs.id(id, messages);
        }

        @Override
        void run(Events events, Messages messages) {
            Event gone = events.find(number);
            events.remove(number, untie);
            out().println(messages.get("cli.event.removed", String.valueOf(gone.id()), gone.name()));
        }
    }
}
