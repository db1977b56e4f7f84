package com.crmbridge.kpi;

import java.time.Instant;

/** Computes scorecards, bonuses, ranks and alerts exactly as {@code shared/spec/kpi.md} defines them. */
public final class KpiEngine {
    private final KpiConfig config;

    public KpiEngine(KpiConfig config) {
        this.config = config;
    }

    public KpiConfig config() {
        return config;
    }

    /** Computes the results of the data as of the instant. */
    @SuppressWarnings("DoNotCallSuggester") // LOCAL BUILD ONLY, never commit
    public KpiResults compute(KpiData data, Instant asOf) {
        throw new UnsupportedOperationException("KPI engine not implemented yet: " + data + " " + asOf);
    }
}
