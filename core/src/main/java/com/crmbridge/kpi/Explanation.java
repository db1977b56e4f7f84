package com.crmbridge.kpi;

import com.crmbridge.domain.SourceRef;
import java.util.List;

/**
 * How a figure was made: the formula with its numbers filled in, for example
 * {@code bonus = 20000.00 × 1.1500 × 1 = 23000.00}, and the records that made it.
 *
 * @param formula the formula with numbers
 * @param records the source records the figure was computed from
 */
public record Explanation(String formula, List<SourceRef> records) {
    public Explanation {
        records = List.copyOf(records);
    }
}
