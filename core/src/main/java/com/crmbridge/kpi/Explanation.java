package com.crmbridge.kpi;

import com.crmbridge.domain.SourceRef;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How a figure was made: the formula with its numbers filled in, for example
 * {@code bonus = 20000.00 × 1.1500 × 1 = 23000.00}, and the records that made it.
 *
 * <p>A value like a record: equal when formula and records are equal. The engine renders a formula only when
 * it is read (it keeps the exact numbers instead), because most of the 20 formulas of each of tens of
 * thousands of scorecards are never read in a run, and building them all as strings was most of the engine's
 * allocation. Reading a formula twice renders it twice; the text is the same.
 */
public final class Explanation {
    private final @Nullable String formula;
    private final @Nullable Supplier<String> lazyFormula;
    private final List<SourceRef> records;

    /**
     * @param formula the formula with numbers
     * @param records the source records the figure was computed from
     */
    public Explanation(String formula, List<SourceRef> records) {
        this.formula = Objects.requireNonNull(formula, "formula");
        this.lazyFormula = null;
        this.records = List.copyOf(records);
    }

    private Explanation(@Nullable String formula, @Nullable Supplier<String> lazyFormula, List<SourceRef> records) {
        this.formula = formula;
        this.lazyFormula = lazyFormula;
        this.records = records;
    }

    /**
     * An explanation whose formula is rendered when read. The supplier must be pure and capture only
     * immutable values; the records must already be an immutable list (taken as is, not copied).
     */
    static Explanation rendered(Supplier<String> formula, List<SourceRef> records) {
        return new Explanation(null, formula, records);
    }

    /** An explanation of a formula already rendered; the records must already be an immutable list (not copied). */
    static Explanation of(String formula, List<SourceRef> records) {
        return new Explanation(formula, null, records);
    }

    /** The formula with numbers. */
    public String formula() {
        String text = formula;
        if (text != null) {
            return text;
        }
        return Objects.requireNonNull(lazyFormula, "lazyFormula").get();
    }

    /** The source records the figure was computed from, immutable. */
    public List<SourceRef> records() {
        return records;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Explanation explanation
                && formula().equals(explanation.formula())
                && records.equals(explanation.records);
    }

    @Override
    public int hashCode() {
        return 31 * formula().hashCode() + records.hashCode();
    }

    @Override
    public String toString() {
        return "Explanation[formula=" + formula() + ", records=" + records + "]";
    }
}
