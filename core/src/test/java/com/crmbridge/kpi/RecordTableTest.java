package com.crmbridge.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.crmbridge.domain.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RecordTableTest {
    private static final String[] CONNECTORS = {"crm", "erp", "files", "fxiaoke-2"};
    /** Latin-1 letters, a character above 0xFF, a surrogate pair and a lone surrogate. */
    private static final String[] PARTS = {"a", "b", "Z", "0", "9", "-", "é", "ÿ", "中", "\uD83D\uDE00", "\uD83D"};

    @Test
    void sortedListsTheRecordsInSourceRefOrderAndAsAdded() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 200; round++) {
            RecordTable table = new RecordTable();
            RecordTable.RecordList list = new RecordTable.RecordList();
            List<SourceRef> expected = new ArrayList<>();
            int count = random.nextInt(1, round % 2 == 0 ? 20 : 300);
            for (int i = 0; i < count; i++) {
                SourceRef ref = randomRef(random);
                // records of other lists in between, as in a run
                table.add(randomRef(random));
                list.add(table.add(ref));
                expected.add(ref);
                if (random.nextInt(10) == 0) {
                    list.add(table.add(ref));
                    expected.add(ref);
                }
            }
            expected.sort(null);

            List<SourceRef> sorted = table.sorted(list);

            assertThat(sorted).containsExactlyElementsOf(expected);
            assertThat(sorted).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(table.sorted(list)).isEqualTo(expected);
        }
    }

    @Test
    void sortedIsImmutableAndEmptyWhenNothingWasAdded() {
        RecordTable table = new RecordTable();
        RecordTable.RecordList list = new RecordTable.RecordList();
        assertThat(table.sorted(list)).isEmpty();
        list.add(table.add(new SourceRef("crm", "d1")));
        List<SourceRef> sorted = table.sorted(list);
        assertThat(sorted).containsExactly(new SourceRef("crm", "d1"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> sorted.add(new SourceRef("crm", "d2")));
    }

    private static SourceRef randomRef(SplittableRandom random) {
        StringBuilder id = new StringBuilder();
        int length = random.nextInt(1, 8);
        boolean latin = random.nextInt(4) != 0;
        for (int i = 0; i < length; i++) {
            id.append(PARTS[random.nextInt(latin ? 8 : PARTS.length)]);
        }
        return new SourceRef(CONNECTORS[random.nextInt(CONNECTORS.length)], id.toString());
    }
}
