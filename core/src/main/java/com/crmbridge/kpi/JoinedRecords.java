package com.crmbridge.kpi;

import com.crmbridge.domain.SourceRef;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Two immutable record lists read as one, without copying: the attainment, growth and win-rate explanations
 * list the WON deals together with the targets, the previous period's WON deals or the LOST deals, and a
 * copy of each would cost an array per scorecard and figure. Immutable (the {@link AbstractList} mutators
 * throw), as {@link Explanation#of} needs it.
 */
final class JoinedRecords extends AbstractList<SourceRef> implements RandomAccess {
    private final List<SourceRef> first;
    private final List<SourceRef> second;

    private JoinedRecords(List<SourceRef> first, List<SourceRef> second) {
        this.first = first;
        this.second = second;
    }

    /** Both lists must be immutable; returns one of them when the other is empty. */
    static List<SourceRef> of(List<SourceRef> first, List<SourceRef> second) {
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        return new JoinedRecords(first, second);
    }

    @Override
    public SourceRef get(int index) {
        int firstSize = first.size();
        return index < firstSize ? first.get(index) : second.get(index - firstSize);
    }

    @Override
    public int size() {
        return first.size() + second.size();
    }
}
