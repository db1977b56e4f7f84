package com.crmbridge.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.DealStage;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast paths of the read give what the general paths give. */
class FastPathsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "007",
                "5.",
                ".5",
                "0.00",
                "128500.37",
                "999999999999999999",
                "9999999999999999999",
                "12345678901234567.8",
                "1234567890123456789.5",
                "+5",
                " 12.30 "
            })
    void plainAmountsKeepValueAndScale(String text) throws ValueException {
        // equals, not compareTo: 5.0 and 5.00 must stay apart as the file writes them
        assertThat(Amounts.amount(text)).isEqualTo(new BigDecimal(text.strip()));
    }

    @ParameterizedTest
    @CsvSource({
        "WON, WON",
        "won, WON",
        "Won, WON",
        "' WON ', WON",
        "赢单, WON",
        "' 赢单 ', WON",
        "NEEDS_ANALYSIS, NEEDS_ANALYSIS",
        "needs analysis, NEEDS_ANALYSIS",
        "Needs-Analysis, NEEDS_ANALYSIS",
        "谈判审核, NEGOTIATION"
    })
    void stagesInEveryForm(String text, DealStage stage) throws ValueException {
        assertThat(Vocabulary.stage(text)).isEqualTo(stage);
    }

    @Test
    void stripIsStringStripForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : new String[] {String.valueOf(c), c + "x", "x" + c, c + "中" + c}) {
                assertThat(RowValues.strip(text)).as("U+%04X", (int) c).isEqualTo(text.strip());
            }
        }
        assertThat(RowValues.strip("")).isEmpty();
    }

    @Test
    void addingAllAtOnceAnswersAsAddingOneByOne() {
        Random random = new Random(7);
        IdSet oneByOne = new IdSet(5_000);
        IdSet batched = new IdSet(5_000);
        for (int round = 0; round < 20; round++) {
            int count = 1 + random.nextInt(1_000);
            long[] hashes = new long[count];
            boolean[] expected = new boolean[count];
            for (int i = 0; i < count; i++) {
                String id = "D" + random.nextInt(8_000);
                hashes[i] = IdSet.hash(id);
                expected[i] = oneByOne.add(id);
            }
            boolean[] added = new boolean[count];
            batched.addAll(hashes, count, added);
            assertThat(added).containsExactly(expected);
            assertThat(batched.size()).isEqualTo(oneByOne.size());
            assertThat(batched.isFull()).isEqualTo(oneByOne.isFull());
        }
        assertThat(batched.isFull()).isTrue();
    }
}
