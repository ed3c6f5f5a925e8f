package nl.toezeggingen.report.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Days to pixels: the day {@code startDay} (an epoch day, fractional while panning) sits at pixel
 * {@code left}, and every day is {@code pxPerDay} wide. Immutable; panning and zooming make a new one.
 */
public record TimeAxis(double startDay, double pxPerDay, double left) {
    public static final double MIN_PX_PER_DAY = 0.02;
    public static final double MAX_PX_PER_DAY = 60;

    public TimeAxis {
        pxPerDay = Math.max(MIN_PX_PER_DAY, Math.min(MAX_PX_PER_DAY, pxPerDay));
    }

    /** An axis that shows {@code from} to {@code to} (both inclusive) in {@code width} pixels after {@code left}. */
    public static TimeAxis showing(LocalDate from, LocalDate to, double left, double width) {
        double days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        return new TimeAxis(from.toEpochDay(), width / days, left);
    }

    public double x(double epochDay) {
        return left + (epochDay - startDay) * pxPerDay;
    }

    public double x(LocalDate date) {
        return x(date.toEpochDay());
    }

    public double day(double x) {
        return startDay + (x - left) / pxPerDay;
    }

    public LocalDate date(double x) {
        return LocalDate.ofEpochDay((long) Math.floor(day(x)));
    }

    public TimeAxis panBy(double pixels) {
        return new TimeAxis(startDay - pixels / pxPerDay, pxPerDay, left);
    }

    /** Zooms by {@code factor} keeping the day under pixel {@code anchorX} where it is. */
    public TimeAxis zoom(double factor, double anchorX) {
        double anchorDay = day(anchorX);
        double scale = Math.max(MIN_PX_PER_DAY, Math.min(MAX_PX_PER_DAY, pxPerDay * factor));
        return new TimeAxis(anchorDay - (anchorX - left) / scale, scale, left);
    }

    /** Puts {@code date} in the middle of a chart {@code width} pixels wide. */
    public TimeAxis centredOn(LocalDate date, double width) {
        return new TimeAxis(date.toEpochDay() - width / 2 / pxPerDay, pxPerDay, left);
    }

    /** The finest unit whose ticks stay readable at this scale. */
    public Unit unit() {
        if (pxPerDay * 7 >= 56) {
            return Unit.WEEK;
        }
        if (pxPerDay * 30 >= 44) {
            return Unit.MONTH;
        }
        if (pxPerDay * 91 >= 40) {
            return Unit.QUARTER;
        }
        return Unit.YEAR;
    }

    public enum Unit { WEEK, MONTH, QUARTER, YEAR }

    /** One line on the axis; {@code major} lines start a year (or, at week scale, a month) and carry its name. */
    public record Tick(LocalDate date, double x, String label, boolean major) {
    }

    /** The ticks between pixel {@code left} and {@code right}. */
    public List<Tick> ticks(double right, Locale locale) {
        Unit unit = unit();
        LocalDate from = date(left).minusDays(1);
        LocalDate to = date(right).plusDays(1);
        LocalDate at = switch (unit) {
            case WEEK -> from.minusDays(from.getDayOfWeek().getValue() - 1L);
            case MONTH -> from.withDayOfMonth(1);
            case QUARTER -> from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
            case YEAR -> from.withDayOfYear(1);
        };
        List<Tick> ticks = new ArrayList<>();
        for (; !at.isAfter(to); at = next(at, unit)) {
            ticks.add(new Tick(at, x(at), label(at, unit, locale), major(at, unit)));
        }
        return ticks;
    }

    /** The headings above the ticks: years, or months at week scale. */
    public List<Tick> majors(double right, Locale locale) {
        boolean months = unit() == Unit.WEEK;
        LocalDate from = date(left);
        LocalDate at = months ? from.withDayOfMonth(1) : from.withDayOfYear(1);
        LocalDate to = date(right);
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        List<Tick> majors = new ArrayList<>();
        for (; !at.isAfter(to); at = months ? at.plusMonths(1) : at.plusYears(1)) {
            majors.add(new Tick(at, x(at), months ? monthYear.format(at) : Integer.toString(at.getYear()), true));
        }
        return majors;
    }

    private static LocalDate next(LocalDate at, Unit unit) {
        return switch (unit) {
            case WEEK -> at.plusWeeks(1);
            case MONTH -> at.plusMonths(1);
            case QUARTER -> at.plusMonths(3);
            case YEAR -> at.plusYears(1);
        };
    }

    private static boolean major(LocalDate at, Unit unit) {
        return unit == Unit.WEEK ? at.getDayOfMonth() <= 7 : at.getDayOfYear() == 1;
    }

    private static String label(LocalDate at, Unit unit, Locale locale) {
        return switch (unit) {
            case WEEK -> Integer.toString(at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> at.getMonth().getDisplayName(TextStyle.SHORT, locale).replace(".", "");
            case QUARTER -> "Q" + at.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(at.getYear());
        };
    }
}
