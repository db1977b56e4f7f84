package com.crmbridge.kpi;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The explanations of one scorecard, keyed by figure name: an immutable map whose 20 explanations are made
 * from the scorecard's {@link Source} when the map is first read, then kept, so that a scorecard whose
 * explanations are never read keeps only its numbers and record lists (one object), not 20 explanations.
 */
final class FigureExplanations extends AbstractMap<String, Explanation> {
    private static final Figure[] FIGURES = Figure.values();

    /** Makes the explanation of each figure; every figure has one. */
    interface Source {
        Explanation explain(Figure figure);
    }

    private final Source source;
    private volatile Explanation @Nullable [] byFigure;

    FigureExplanations(Source source) {
        this.source = source;
    }

    /** The explanations by {@link Figure#index()}, made on the first read and the same instances afterwards. */
    private Explanation[] byFigure() {
        Explanation[] made = byFigure;
        if (made == null) {
            synchronized (this) {
                made = byFigure;
                if (made == null) {
                    made = new Explanation[FIGURES.length];
                    for (Figure figure : FIGURES) {
                        made[figure.index()] = source.explain(figure);
                    }
                    byFigure = made;
                }
            }
        }
        return made;
    }

    @Override
    public int size() {
        return FIGURES.length;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return key instanceof String name && Figure.byLabel(name) != null;
    }

    @Override
    public @Nullable Explanation get(@Nullable Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        Figure figure = Figure.byLabel(name);
        return figure == null ? null : byFigure()[figure.index()];
    }

    @Override
    public Set<Map.Entry<String, Explanation>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return FIGURES.length;
            }

            @Override
            public Iterator<Map.Entry<String, Explanation>> iterator() {
                Explanation[] explanations = byFigure();
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < explanations.length;
                    }

                    @Override
                    public Map.Entry<String, Explanation> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Explanation> entry = Map.entry(FIGURES[next].label(), explanations[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
