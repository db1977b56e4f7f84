/**
 * The canonical records every source is mapped into: managers, customers, deals, feedback and targets,
 * exactly as {@code shared/spec/kpi.md} defines them, plus the calendar {@link com.crmbridge.domain.Period}.
 * Records validate in their compact constructors and name the field and value they reject; each carries
 * the {@link com.crmbridge.domain.SourceRef} it came from so that every figure traces back to its rows.
 */
@NullMarked
package com.crmbridge.domain;

import org.jspecify.annotations.NullMarked;
