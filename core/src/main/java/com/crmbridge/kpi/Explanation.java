package com.crmbridge.kpi;

import com.crmbridge.domain.SourceRef;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a figure was made: the formula with its numbers filled in, for example
 * {@code bonus = 20000.00 × 1.1500 × 1 = 23000.00}, and the records that made it.
 *
 * <p>A value like a record: equal when formula and records are equal. A class rather than a record so that the
 * engine can hand over record lists it already holds immutable without a copy ({@link #of}); the engine makes a
 * scorecard's explanations only when they are read ({@link FigureExplanations}).
 */
public final class Explanation {
    private final String formula;
    private final List<SourceRef> records;

    /**
     * @param formula the formula with numbers
     * @param records the source records the figure was computed from
     */
    public Explanation(String formula, List<SourceRef> records) {
        this(formula, records, true);
    }

    private Explanation(String formula, List<SourceRef> records, boolean copy) {
        this.formula = Objects.requireNonNull(formula, "formula");
        this.records = copy ? List.copyOf(records) : records;
    }

    /** An explanation whose records are already an immutable list, taken as is (not copied). */
    static Explanation of(String formula, List<SourceRef> records) {
        return new Explanation(formula, records, false);
    }

    /** The formula with numbers. */
    public String formula() {
        return formula;
    }

    /** The source records the figure was computed from, immutable. */
    public List<SourceRef> records() {
        return records;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Explanation explanation
                && formula.equals(explanation.formula)
                && records.equals(explanation.records);
    }

    @Override
    public int hashCode() {
        return 31 * formula.hashCode() + records.hashCode();
    }

    @Override
    public String toString() {
        return "Explanation[formula=" + formula + ", records=" + records + "]";
    }
}
