/**
 * The KPI engine and its results: per manager and period the figures of {@code shared/spec/kpi.md}, the
 * score, rating, rank and bonus, the alerts as of a moment, and for every figure its explanation.
 */
@NullMarked
package com.crmbridge.kpi;

import org.jspecify.annotations.NullMarked;
