package com.crmbridge.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.domain.Deal;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The corpus of broken files under {@code src/test/resources/broken}: each case is a directory holding the one
 * broken file, and each test states the exact message a person gets.
 */
class BrokenFilesTest {
    @Test
    void truncatedUtf8StopsTheFileAtTheLineItBreaksOn() {
        assertUnreadable(
                "truncated-utf8",
                StreamKind.DEALS,
                "deals.csv line 4: is not valid UTF-8 here (encoding from detected); the file may be cut off or "
                        + "mix encodings; save it again as UTF-8, or set the setting encoding");
    }

    @Test
    void gb18030FileDeclaredAsUtf8StopsAtItsFirstChineseCharacter() {
        Source source = Reads.source(Reads.settings(corpus("gb18030-declared-utf8"), "encoding", "UTF-8"));

        assertThatThrownBy(() -> Reads.all(source, StreamKind.CUSTOMERS))
                .isInstanceOf(ConnectorException.BadRecordException.class)
                .hasMessage("customers.csv line 3: is not valid UTF-8 here (encoding from the setting encoding); "
                        + "remove the setting encoding to detect the encoding, or set the file's real one");
    }

    @Test
    void gb18030FileIsReadWhenItsEncodingIsDetected() {
        Reads reads = Reads.all(Reads.source(corpus("gb18030-declared-utf8")), StreamKind.CUSTOMERS);

        assertThat(reads.rejects).isEmpty();
        assertThat(reads.records).hasSize(2);
    }

    @Test
    void unterminatedQuoteNamesTheLineTheQuoteOpensOn() {
        assertUnreadable(
                "unterminated-quote",
                StreamKind.DEALS,
                "deals.csv line 3: a quoted value that starts on this line is never closed: the file ends inside "
                        + "quotes; a quote inside a quoted value must be doubled (\"\")");
    }

    @Test
    void rowWithTooManyFieldsIsSetAsideAndEmptyTrailingFieldsAreNot() {
        Reads reads = read("too-many-fields", StreamKind.DEALS);

        assertThat(reads.rejectTexts()).containsExactly("deals.csv line 3: has 7 fields, the header row has 6");
        assertThat(ids(reads)).containsExactly("D1", "D3");
    }

    @Test
    void rowWithTooFewFieldsIsSetAside() {
        Reads reads = read("too-few-fields", StreamKind.DEALS);

        assertThat(reads.rejectTexts()).containsExactly("deals.csv line 3: has 5 fields, the header row has 6");
        assertThat(ids(reads)).containsExactly("D1", "D4");
    }

    @Test
    void emptyFileIsAnErrorThatSaysWhatHeaderIsExpected() {
        assertUnreadable(
                "empty-file",
                StreamKind.DEALS,
                "deals.csv line 1: is empty: a header row with the columns id, owner_id, amount, stage, close_date "
                        + "is expected");
    }

    @Test
    void headerOnlyFileEmptiesTheStreamWithAWarning() {
        Reads reads = read("header-only", StreamKind.DEALS);

        assertThat(reads.records).isEmpty();
        assertThat(reads.rejects).isEmpty();
        assertThat(reads.warnings)
                .containsExactly("deals.csv has a header row but no data rows: the stream is now empty");
        assertThat(reads.pages).isEqualTo(1);
        assertThat(reads.replaces).isTrue();
    }

    @Test
    void missingRequiredColumnNamesItsAcceptedHeadersAndTheSetting() {
        assertUnreadable(
                "missing-required-column",
                StreamKind.DEALS,
                "deals.csv line 1, column amount: the required column amount (or 金额, 商机金额, 合同金额) is missing "
                        + "from the header row (id, customer_id, owner_id, stage, close_date); name the column in the "
                        + "file or add its header with the setting headers.deals.amount");
    }

    @Test
    void negativeAmountIsSetAside() {
        Reads reads = read("negative-amount", StreamKind.DEALS);

        assertThat(reads.rejectTexts())
                .containsExactly("deals.csv line 3, column amount, value '-5': amount must not be negative");
        assertThat(ids(reads)).containsExactly("D1", "D4");
    }

    @Test
    void unknownStageIsSetAsideWithTheAcceptedStages() {
        Reads reads = read("unknown-stage", StreamKind.DEALS);

        assertThat(reads.rejectTexts())
                .containsExactly("deals.csv line 3, column stage, value '打折': stage is not a deal stage: "
                        + "QUALIFICATION, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION, WON, LOST or one of 初步接洽, 资格审查, "
                        + "需求分析, 需求确认, 方案制定, 方案报价, 商务谈判, 谈判审核, 赢单, 合同签订, 成交, 输单, 丢单, 失败");
        assertThat(ids(reads)).containsExactly("D1", "D4");
    }

    @Test
    void impossibleDateIsSetAside() {
        Reads reads = read("impossible-date", StreamKind.DEALS);

        assertThat(reads.rejectTexts())
                .containsExactly("deals.csv line 3, column close_date, value '2026/13/40': close_date is not a day "
                        + "of the calendar (year 2026, month 13, day 40)");
        assertThat(ids(reads)).containsExactly("D1", "D4");
    }

    @Test
    void scoreOffTheScaleIsSetAside() {
        Reads reads = read("score-off-scale", StreamKind.FEEDBACK);

        assertThat(reads.rejectTexts())
                .containsExactly("feedback.csv line 3, column score, value '6': score is off the scale 1..5 "
                        + "(settings score-min and score-max)");
        assertThat(reads.records).hasSize(2);
    }

    @Test
    void rejectCarriesFileLineColumnAndRawValueApart() {
        BadRecord reject = read("negative-amount", StreamKind.DEALS).rejects.get(0);

        assertThat(reject.where()).isEqualTo("deals.csv");
        assertThat(reject.line()).isEqualTo(3);
        assertThat(reject.column()).isEqualTo("amount");
        assertThat(reject.rawValue()).isEqualTo("-5");
    }

    @Test
    void anUnreadableFileLeavesTheOtherStreamsReadable() {
        Source source = Reads.source(corpus("unterminated-quote"));

        assertThatThrownBy(() -> Reads.all(source, StreamKind.DEALS))
                .isInstanceOf(ConnectorException.BadRecordException.class);
        Reads managers = Reads.all(source, StreamKind.MANAGERS);
        assertThat(managers.pages).isZero();
    }

    private static void assertUnreadable(String corpus, StreamKind stream, String message) {
        Source source = Reads.source(corpus(corpus));
        assertThatThrownBy(() -> Reads.all(source, stream))
                .isInstanceOf(ConnectorException.BadRecordException.class)
                .hasMessage(message);
    }

    private static Reads read(String corpus, StreamKind stream) {
        return Reads.all(Reads.source(corpus(corpus)), stream);
    }

    private static java.util.List<String> ids(Reads reads) {
        return reads.of(Deal.class).stream().map(d -> d.source().externalId()).toList();
    }

    static Path corpus(String name) {
        try {
            return Path.of(Objects.requireNonNull(BrokenFilesTest.class.getResource("/broken/" + name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
