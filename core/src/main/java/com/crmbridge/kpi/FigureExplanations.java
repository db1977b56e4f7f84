package com.crmbridge.kpi;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The explanations of one scorecard, keyed by figure name: an immutable map over an array indexed by
 * {@link Figure}, which spares each of tens of thousands of scorecards a hash map and its copy.
 */
final class FigureExplanations extends AbstractMap<String, Explanation> {
    private static final Figure[] FIGURES = Figure.values();

    private final @Nullable Explanation[] byFigure;
    private final int size;

    /** Takes the array as is: the caller hands it over and no longer writes to it. */
    FigureExplanations(@Nullable Explanation[] byFigure) {
        this.byFigure = byFigure;
        int count = 0;
        for (Explanation explanation : byFigure) {
            if (explanation != null) {
                count++;
            }
        }
        this.size = count;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return get(key) != null;
    }

    @Override
    public @Nullable Explanation get(@Nullable Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        Figure figure = Figure.byLabel(name);
        return figure == null ? null : byFigure[figure.index()];
    }

    @Override
    public Set<Map.Entry<String, Explanation>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, Explanation>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int index = from;
                        while (index < byFigure.length && byFigure[index] == null) {
                            index++;
                        }
                        return index;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < byFigure.length;
                    }

                    @Override
                    public Map.Entry<String, Explanation> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Explanation explanation = byFigure[next];
                        if (explanation == null) {
                            throw new IllegalStateException("no explanation at " + next);
                        }
                        Map.Entry<String, Explanation> entry = Map.entry(FIGURES[next].label(), explanation);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }
        };
    }
}
