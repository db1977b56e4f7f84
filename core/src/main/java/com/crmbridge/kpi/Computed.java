package com.crmbridge.kpi;

import org.jspecify.annotations.Nullable;

/**
 * A value a rule computed and the formula that shows how, with the numbers filled in.
 *
 * @param value the exact value; {@code null} when the spec leaves it empty
 * @param formula the formula with its numbers
 */
record Computed(@Nullable Fraction value, String formula) {}
