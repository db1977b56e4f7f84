package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import com.crmbridge.domain.PeriodKind;
import java.time.LocalDate;

/**
 * A period of the configured kind as an int, {@code year × 12 + first month − 1}, so that the indexing pass
 * files a million records without creating and hashing a {@link Period} for each.
 */
final class PeriodKey {
    private PeriodKey() {}

    static int of(PeriodKind kind, LocalDate date) {
        int month = date.getMonthValue() - 1;
        int first =
                switch (kind) {
                    case MONTH -> month;
                    case QUARTER -> month / 3 * 3;
                    case YEAR -> 0;
                };
        return date.getYear() * 12 + first;
    }

    static int of(Period period) {
        int first =
                switch (period.kind()) {
                    case MONTH -> period.index() - 1;
                    case QUARTER -> (period.index() - 1) * 3;
                    case YEAR -> 0;
                };
        return period.year() * 12 + first;
    }

    static Period toPeriod(PeriodKind kind, int key) {
        return Period.of(kind, LocalDate.of(key / 12, key % 12 + 1, 1));
    }
}
