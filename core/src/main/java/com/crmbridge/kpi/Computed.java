package com.crmbridge.kpi;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value a rule computed and the formula that shows how, with the numbers filled in, rendered when read.
 *
 * @param value the exact value; {@code null} when the spec leaves it empty
 * @param formula renders the formula with its numbers
 */
record Computed(@Nullable Fraction value, Supplier<String> formula) {}
