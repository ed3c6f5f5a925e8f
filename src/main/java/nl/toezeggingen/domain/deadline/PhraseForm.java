package nl.toezeggingen.domain.deadline;

import java.util.List;

/**
 * The forms of phrase the parser understands, with examples in Dutch and English and a message key that
 * says what they resolve to: the source for a help page and for the tests that every example is understood.
 */
public enum PhraseForm {
    BEFORE_SUMMER("deadline.form.beforeSummer", "voor de zomer van 2024", "vóór de zomer", "voor het zomerreces",
            "voor de zomer in 2025", "before summer 2024", "before the summer recess"),
    AROUND_SUMMER("deadline.form.aroundSummer", "rond de zomer", "deze zomer", "zomer 2024",
            "rond de zomer van dit jaar", "summer 2024", "this summer"),
    AFTER_SUMMER("deadline.form.afterSummer", "na de zomer", "na het zomerreces van 2025", "after summer",
            "after the summer recess 2025"),
    BEFORE_CHRISTMAS("deadline.form.beforeChristmas", "voor het kerstreces", "voor kerst 2025",
            "before the Christmas recess"),
    BEFORE_RECESS("deadline.form.beforeRecess", "voor het meireces 2025", "voor het herfstreces",
            "before the autumn recess 2024"),
    AFTER_RECESS("deadline.form.afterRecess", "na het meireces", "na het kerstreces", "na het herfstreces 2024",
            "na het krokusreces", "after the May recess"),
    NEXT_RECESS("deadline.form.nextRecess", "voor het reces", "na het reces", "before the recess"),
    END_OF_YEAR("deadline.form.endOfYear", "eind 2024", "einde van het jaar", "einde van dit jaar", "dit jaar",
            "end of 2024", "this year", "by the end of the year"),
    LAST_MONTHS("deadline.form.lastMonths", "in de laatste maanden van 2024", "laatste maanden van het jaar",
            "in the last months of 2024"),
    EARLY_YEAR("deadline.form.earlyYear", "begin 2025", "begin volgend jaar", "early 2025"),
    MID_YEAR("deadline.form.midYear", "medio 2025", "halverwege 2025", "mid 2025", "mid-2025"),
    SPRING("deadline.form.spring", "voorjaar", "in het voorjaar van 2025", "spring", "spring 2025"),
    AUTUMN("deadline.form.autumn", "najaar", "in het najaar", "herfst 2025", "autumn", "autumn 2025"),
    QUARTER("deadline.form.quarter", "Q3 2025", "derde kwartaal 2025", "vierde kwartaal", "Q4 2024",
            "third quarter of 2025", "in het derde of vierde kwartaal"),
    HALF_YEAR("deadline.form.halfYear", "eerste helft van 2025", "tweede helft 2025", "second half of 2025"),
    MONTH("deadline.form.month", "maart 2025", "in maart 2025", "in maart", "March 2025", "deze maand",
            "volgende maand", "next month"),
    RANGE_OF_DAYS("deadline.form.rangeOfDays", "april tot en met juni 2024", "september-oktober 2025",
            "tussen mei en juli", "13 t/m 15 juni", "tussen 1 en 15 maart 2025"),
    BY_END_OF_MONTH("deadline.form.byEndOfMonth", "uiterlijk in maart 2025", "uiterlijk in oktober"),
    PART_OF_MONTH("deadline.form.partOfMonth", "eind juni 2025", "begin september", "medio mei 2025",
            "halverwege mei", "end of June 2025", "mid June"),
    WEEK("deadline.form.week", "week 12 2025", "in week 12 van 2025", "in week 12", "voor week 12", "week 45",
            "in week 10 of 11", "week 10-11 2025"),
    IN_THE_COURSE_OF("deadline.form.inTheCourseOf", "in de loop van 2025", "in de loop van het jaar",
            "in de loop van deze maand", "in the course of 2025"),
    YEAR("deadline.form.year", "in 2025", "volgend jaar", "during 2026", "next year"),
    BEFORE_PERIOD("deadline.form.beforePeriod", "voor maart 2025", "voor het najaar", "before Q3 2025"),
    AROUND_DATE("deadline.form.aroundDate", "rond 1 juni", "omstreeks 20 januari 2025", "around 1 June 2025"),
    AROUND_PRINSJESDAG("deadline.form.aroundPrinsjesdag", "rond Prinsjesdag 2025", "rond Prinsjesdag",
            "around Prinsjesdag 2025"),
    BEFORE_PRINSJESDAG("deadline.form.beforePrinsjesdag", "voor Prinsjesdag", "vóór Prinsjesdag 2025",
            "before Prinsjesdag"),
    ON_PRINSJESDAG("deadline.form.onPrinsjesdag", "op Prinsjesdag 2025", "Prinsjesdag", "on Budget Day 2025"),
    DATE("deadline.form.date", "uiterlijk 1 juli 2025", "1 juli 2025", "2025-07-01", "01-07-2025", "1-7-2025",
            "op 3 juni", "by 1 July 2025", "July 1, 2025", "vóór vrijdag 31 oktober 2025",
            "op 16 januari volgend jaar"),
    BEFORE_DATE("deadline.form.beforeDate", "voor 3 juni 2024", "voor 3 juni", "before 3 June", "voor 2025-06-03"),
    WITHIN("deadline.form.within", "binnen drie weken", "binnen 10 dagen", "binnen twee maanden",
            "within 3 weeks", "within a year", "binnen een half jaar", "over zes maanden", "na 10 dagen",
            "binnen anderhalf jaar", "binnen een kwartaal", "over een half jaar"),
    RANGE("deadline.form.range", "binnen 2 à 3 weken", "2 tot 3 maanden", "over 2-3 jaar", "within 2 to 3 weeks"),
    EITHER("deadline.form.either", "voor de zomer of uiterlijk 1 september", "in mei of juni", "Q3/Q4 2024",
            "eind 2024 of begin 2025", "in deze of de volgende maand", "before summer or by 1 September"),
    VAGUE("deadline.form.vague", "zo snel mogelijk", "z.s.m.", "zo spoedig mogelijk", "binnenkort",
            "op korte termijn", "spoedig", "in de komende periode", "as soon as possible"),
    START("deadline.form.start", "vanaf 2026", "vanaf 1 september 2024", "met ingang van 1 januari 2027",
            "na 1 januari 2025", "from 2026"),
    RECURRING("deadline.form.recurring", "jaarlijks", "ieder jaar", "halfjaarlijks", "twee keer per jaar",
            "elk kwartaal", "maandelijks", "tweejaarlijks", "jaarlijks vóór het zomerreces", "jaarlijks in mei",
            "annually"),
    PERIODIC("deadline.form.periodic", "periodiek", "regelmatig", "regularly"),
    IN_DUE_COURSE("deadline.form.inDueCourse", "op termijn", "op lange termijn", "in due course"),
    NO_DEADLINE("deadline.form.noDeadline", "doorlopend", "continu", "ongoing");

    private final String descriptionKey;
    private final List<String> examples;

    PhraseForm(String descriptionKey, String... examples) {
        this.descriptionKey = descriptionKey;
        this.examples = List.of(examples);
    }

    public String descriptionKey() {
        return descriptionKey;
    }

    public List<String> examples() {
        return examples;
    }
}
