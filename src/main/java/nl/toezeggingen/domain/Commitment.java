package nl.toezeggingen.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One promise a minister made to parliament.
 *
 * @param id          null until stored
 * @param reference   the register number (TZ202404-101) or the ministry's own mark
 * @param madeIn      the debate or letter in which it was promised
 * @param madeBy      the minister or state secretary who promised it
 * @param dependsOn   the id of the commitment this one waits for
 * @param fulfilledBy the document (usually a Kamerbrief) that fulfilled it
 * @param chamber     the chamber it was made to; null when not known
 * @param committee   the Kamer's committee it belongs to ("vaste commissie voor OCW")
 * @param promisedTo  the members or parties it was promised to, in the order given; never null
 */
public record Commitment(
        Long id,
        String reference,
        String title,
        String text,
        String dossier,
        String line,
        Status status,
        Deadline deadline,
        LocalDate madeOn,
        String madeIn,
        String madeBy,
        String owner,
        Long dependsOn,
        LocalDate fulfilledOn,
        String fulfilledBy,
        String notes,
        Chamber chamber,
        String committee,
        List<String> promisedTo) {

    public Commitment {
        reference = Text.clean(reference);
        title = Text.clean(title);
        text = Text.cleanLines(text);
        dossier = Text.clean(dossier);
        line = Text.clean(line);
        status = Objects.requireNonNullElse(status, Status.OPEN);
        deadline = Objects.requireNonNullElse(deadline, Deadline.NONE);
        madeIn = Text.clean(madeIn);
        madeBy = Text.clean(madeBy);
        owner = Text.clean(owner);
        fulfilledBy = Text.clean(fulfilledBy);
        notes = Text.cleanLines(notes);
        committee = Text.clean(committee);
        promisedTo = names(promisedTo);
    }

    /** Each name cleaned, empty ones and repeats left out: "toegezegd aan" is a set in the order given. */
    private static List<String> names(List<String> given) {
        if (given == null) {
            return List.of();
        }
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (String name : given) {
            String clean = Text.clean(name);
            if (clean != null) {
                names.add(clean);
            }
        }
        return List.copyOf(names);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Commitment withId(Long newId) {
        return toBuilder().id(newId).build();
    }

    /**
     * Everything that is wrong with this commitment as it stands, {@code today} given for the rules that
     * need it (a fulfilment date cannot lie ahead); empty when it may be saved.
     */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = problems();
        if (fulfilledOn != null && fulfilledOn.isAfter(today) && FieldRules.yearAllowed(fulfilledOn)) {
            problems.add(new Problem(Field.FULFILLED_ON, "validation.fulfilledOn.future", fulfilledOn, today));
        }
        return problems;
    }

    /** Everything that is wrong with this commitment as it stands, apart from what depends on today. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title == null) {
            problems.add(new Problem(Field.TITLE, "validation.title.empty"));
        }
        texts().forEach((field, value) -> FieldRules.lengthProblem(field, value).ifPresent(problems::add));
        LocalDate earliest = deadline.earliest();
        LocalDate latest = deadline.latest();
        List<Problem> years = new ArrayList<>();
        FieldRules.yearProblem(Field.MADE_ON, madeOn).ifPresent(years::add);
        FieldRules.yearProblem(Field.DEADLINE_EARLIEST, earliest).ifPresent(years::add);
        FieldRules.yearProblem(Field.DEADLINE_LATEST, latest).ifPresent(years::add);
        FieldRules.yearProblem(Field.FULFILLED_ON, fulfilledOn).ifPresent(years::add);
        if (!years.isEmpty()) {
            // Comparing a year 0 with a real date says nothing more the user can act on.
            problems.addAll(years);
            return problems;
        }
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            problems.add(new Problem(Field.DEADLINE_EARLIEST, "validation.deadline.earliestAfterLatest", earliest, latest));
        }
        if (madeOn != null && latest != null && latest.isBefore(madeOn)) {
            problems.add(new Problem(Field.DEADLINE_LATEST, "validation.deadline.beforeMadeOn", latest, madeOn));
        }
        if (madeOn != null && fulfilledOn != null && fulfilledOn.isBefore(madeOn)) {
            problems.add(new Problem(Field.FULFILLED_ON, "validation.fulfilledOn.beforeMadeOn", fulfilledOn, madeOn));
        }
        if (id != null && id.equals(dependsOn)) {
            problems.add(new Problem(Field.DEPENDS_ON, "validation.dependsOn.self"));
        }
        return problems;
    }

    /** The text fields by name, in form order, for the rules that go over all of them. */
    public java.util.Map<Field, String> texts() {
        java.util.Map<Field, String> texts = new java.util.EnumMap<>(Field.class);
        texts.put(Field.REFERENCE, reference);
        texts.put(Field.TITLE, title);
        texts.put(Field.TEXT, text);
        texts.put(Field.DOSSIER, dossier);
        texts.put(Field.LINE, line);
        texts.put(Field.DEADLINE_PHRASE, deadline.phrase());
        texts.put(Field.MADE_IN, madeIn);
        texts.put(Field.MADE_BY, madeBy);
        texts.put(Field.OWNER, owner);
        texts.put(Field.FULFILLED_BY, fulfilledBy);
        texts.put(Field.NOTES, notes);
        texts.put(Field.COMMITTEE, committee);
        texts.put(Field.PROMISED_TO, String.join("; ", promisedTo));
        return texts;
    }

    /** Names a field for messages shown beside it. */
    public enum Field {
        REFERENCE, TITLE, TEXT, DOSSIER, LINE, STATUS, DEADLINE_PHRASE, DEADLINE_EARLIEST, DEADLINE_LATEST,
        MADE_ON, MADE_IN, MADE_BY, OWNER, DEPENDS_ON, FULFILLED_ON, FULFILLED_BY, NOTES, CHAMBER, COMMITTEE, PROMISED_TO
    }

    public static final class Builder {
        private Long id;
        private String reference;
        private String title;
        private String text;
        private String dossier;
        private String line;
        private Status status = Status.OPEN;
        private Deadline deadline = Deadline.NONE;
        private LocalDate madeOn;
        private String madeIn;
        private String madeBy;
        private String owner;
        private Long dependsOn;
        private LocalDate fulfilledOn;
        private String fulfilledBy;
        private String notes;
        private Chamber chamber;
        private String committee;
        private List<String> promisedTo = List.of();

        private Builder() {
        }

        private Builder(Commitment c) {
            id = c.id;
            reference = c.reference;
            title = c.title;
            text = c.text;
            dossier = c.dossier;
            line = c.line;
            status = c.status;
            deadline = c.deadline;
            madeOn = c.madeOn;
            madeIn = c.madeIn;
            madeBy = c.madeBy;
            owner = c.owner;
            dependsOn = c.dependsOn;
            fulfilledOn = c.fulfilledOn;
            fulfilledBy = c.fulfilledBy;
            notes = c.notes;
            chamber = c.chamber;
            committee = c.committee;
            promisedTo = c.promisedTo;
        }

        public Builder id(Long value) { id = value; return this; }
        public Builder reference(String value) { reference = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder text(String value) { text = value; return this; }
        public Builder dossier(String value) { dossier = value; return this; }
        public Builder line(String value) { line = value; return this; }
        public Builder status(Status value) { status = value; return this; }
        public Builder deadline(Deadline value) { deadline = value; return this; }
        public Builder madeOn(LocalDate value) { madeOn = value; return this; }
        public Builder madeIn(String value) { madeIn = value; return this; }
        public Builder madeBy(String value) { madeBy = value; return this; }
        public Builder owner(String value) { owner = value; return this; }
        public Builder dependsOn(Long value) { dependsOn = value; return this; }
        public Builder fulfilledOn(LocalDate value) { fulfilledOn = value; return this; }
        public Builder fulfilledBy(String value) { fulfilledBy = value; return this; }
        public Builder notes(String value) { notes = value; return this; }
        public Builder chamber(Chamber value) { chamber = value; return this; }
        public Builder committee(String value) { committee = value; return this; }
        public Builder promisedTo(List<String> value) { promisedTo = value; return this; }

        public Commitment build() {
            return new Commitment(id, reference, title, text, dossier, line, status, deadline, madeOn, madeIn,
                    madeBy, owner, dependsOn, fulfilledOn, fulfilledBy, notes, chamber, committee, promisedTo);
        }
    }
}
