package com.crmbridge.app.store;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Statement parameters that may be SQL NULL. */
final class Sql {
    private Sql() {}

    /** The values in order, {@code null} binding SQL NULL. */
    static List<@Nullable Object> values(@Nullable Object... values) {
        return Arrays.asList(values);
    }
}
