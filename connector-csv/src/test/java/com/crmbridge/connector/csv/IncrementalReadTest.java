package com.crmbridge.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Deal;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file cursor: unchanged files yield nothing, changed files replace the stream, cut reads resume. */
class IncrementalReadTest {
    private static final String HEADER = "id,owner_id,amount,stage,close_date\n";

    private final Path directory;
    private final Source source;

    IncrementalReadTest(@TempDir Path directory) {
        this.directory = directory;
        this.source = Reads.source(Reads.settings(directory, "page-size", "10"));
    }

    @Test
    void firstReadReplacesTheStreamAndEndsWithACompleteCursor() throws IOException {
        writeDeals(25);

        Reads first = Reads.all(source, StreamKind.DEALS);

        assertThat(first.replaces).isTrue();
        assertThat(first.pages).isEqualTo(3);
        assertThat(first.records).hasSize(25);
        assertThat(first.lastCursor()).isNotNull();
    }

    @Test
    void unchangedFileYieldsNoPage() throws IOException {
        writeDeals(25);
        Cursor cursor = Reads.all(source, StreamKind.DEALS).lastCursor();

        Reads again = Reads.all(source, StreamKind.DEALS, cursor, ReadMode.INCREMENTAL);

        assertThat(again.pages).isZero();
        assertThat(again.replaces).isFalse();
    }

    @Test
    void touchedFileWithTheSameContentYieldsNoPage() throws IOException {
        Path file = writeDeals(25);
        Cursor cursor = Reads.all(source, StreamKind.DEALS).lastCursor();
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        Reads again = Reads.all(source, StreamKind.DEALS, cursor, ReadMode.INCREMENTAL);

        assertThat(again.pages).isZero();
    }

    @Test
    void changedFileIsReadWholeAgainAndReplacesTheStream() throws IOException {
        writeDeals(25);
        Cursor cursor = Reads.all(source, StreamKind.DEALS).lastCursor();
        writeDeals(20);

        Reads again = Reads.all(source, StreamKind.DEALS, cursor, ReadMode.INCREMENTAL);

        assertThat(again.replaces).isTrue();
        assertThat(again.records).hasSize(20);
    }

    @Test
    void sameSizeEditIsSeenByItsHash() throws IOException {
        Path file = writeDeals(25);
        Cursor cursor = Reads.all(source, StreamKind.DEALS).lastCursor();
        String changed = Files.readString(file).replace("D0001,M1,100,WON", "D0001,M1,900,WON");
        Files.writeString(file, changed);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        Reads again = Reads.all(source, StreamKind.DEALS, cursor, ReadMode.INCREMENTAL);

        assertThat(again.replaces).isTrue();
        assertThat(again.of(Deal.class).get(0).amount()).isEqualByComparingTo("900");
    }

    @Test
    void fullRefreshReadsAnUnchangedFileWhole() throws IOException {
        writeDeals(25);
        Cursor cursor = Reads.all(source, StreamKind.DEALS).lastCursor();

        Reads again = Reads.all(source, StreamKind.DEALS, cursor, ReadMode.FULL_REFRESH);

        assertThat(again.replaces).isTrue();
        assertThat(again.records).hasSize(25);
    }

    @Test
    void readResumedAfterAnyPageLosesAndRepeatsNothing() throws IOException {
        writeDeals(35);
        List<Cursor> cursors = Reads.all(source, StreamKind.DEALS).cursors;

        for (int stoppedAfter = 0; stoppedAfter < cursors.size() - 1; stoppedAfter++) {
            List<String> ids = new ArrayList<>(idsOfFirstPages(stoppedAfter + 1));
            Reads rest = Reads.all(source, StreamKind.DEALS, cursors.get(stoppedAfter), ReadMode.INCREMENTAL);
            rest.of(Deal.class).forEach(d -> ids.add(d.source().externalId()));

            assertThat(rest.replaces)
                    .as("a resumed replacing read still replaces")
                    .isTrue();
            assertThat(ids)
                    .as("resumed after page %d", stoppedAfter + 1)
                    .hasSize(35)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void fileChangedBeforeAResumeIsReadWhole() throws IOException {
        writeDeals(35);
        Cursor afterFirstPage = Reads.all(source, StreamKind.DEALS).cursors.get(0);
        writeDeals(12);

        Reads again = Reads.all(source, StreamKind.DEALS, afterFirstPage, ReadMode.INCREMENTAL);

        assertThat(again.records).hasSize(12);
        assertThat(again.replaces).isTrue();
    }

    @Test
    void missingFileReadsNothingAndKeepsTheStream() {
        Reads reads = Reads.all(source, StreamKind.DEALS);

        assertThat(reads.pages).isZero();
        assertThat(reads.replaces).isFalse();
    }

    @Test
    void fullRefreshOfAMissingFileEmptiesTheStream() {
        Reads reads = Reads.all(source, StreamKind.DEALS, null, ReadMode.FULL_REFRESH);

        assertThat(reads.pages).isZero();
        assertThat(reads.replaces).isTrue();
    }

    @Test
    void duplicateIdLaterRowWinsWithAWarning() throws IOException {
        Files.writeString(
                directory.resolve("deals.csv"),
                HEADER + "D1,M1,100,WON,2026-03-05\nD2,M1,200,WON,2026-03-05\nD1,M1,300,LOST,2026-03-06\n");

        Reads reads = Reads.all(source, StreamKind.DEALS);

        assertThat(reads.of(Deal.class)).hasSize(2);
        assertThat(reads.of(Deal.class).get(1).amount()).isEqualByComparingTo("300");
        assertThat(reads.warnings)
                .containsExactly("deals.csv line 4: id D1 appears on an earlier line too; this later row wins");
    }

    @Test
    void duplicatesUnknownReferencesAndBadRowsKeepTheirOrderAcrossPages() throws IOException {
        Files.writeString(directory.resolve("managers.csv"), "id,name\nM1,张伟\n");
        Files.writeString(
                directory.resolve("deals.csv"),
                HEADER
                        + "D1,M1,100,WON,2026-03-05\nD2,M9,200,WON,2026-03-05\nD1,M1,300,LOST,2026-03-06\n"
                        + "D4,M1,-1,WON,2026-03-05\nD2,M1,400,WON,2026-03-05\nD3,M9,500,WON,2026-03-05\n");

        Reads reads = Reads.all(Reads.source(Reads.settings(directory, "page-size", "3")), StreamKind.DEALS);

        assertThat(reads.pages).isEqualTo(2);
        // a later row with the same id replaces the earlier one of its page and comes last in it
        assertThat(reads.of(Deal.class).stream()
                        .map(d -> d.source().externalId() + "=" + d.amount())
                        .toList())
                .containsExactly("D2=200", "D1=300", "D2=400", "D3=500");
        assertThat(reads.rejectTexts()).hasSize(1).allMatch(text -> text.contains("line 5"));
        assertThat(reads.warnings)
                .containsExactly(
                        "deals.csv line 3: owner_id 'M9' is not in managers.csv; the row is kept",
                        "deals.csv line 4: id D1 appears on an earlier line too; this later row wins",
                        "deals.csv line 6: id D2 appears on an earlier line too; this later row wins",
                        "deals.csv line 7: owner_id 'M9' is not in managers.csv; the row is kept");
    }

    @Test
    void unknownManagerAndCustomerAreKeptWithAWarning() throws IOException {
        Files.writeString(directory.resolve("managers.csv"), "id,name\nM1,张伟\n");
        Files.writeString(directory.resolve("customers.csv"), "id,name,owner_id,created_on\nC1,Acme,M1,2026-01-01\n");
        Files.writeString(
                directory.resolve("deals.csv"),
                "id,customer_id,owner_id,amount,stage,close_date\nD1,C1,M1,1,WON,2026-03-05\nD2,C9,M9,1,WON,2026-03-05\n");

        Reads reads = Reads.all(source, StreamKind.DEALS);

        assertThat(reads.records).hasSize(2);
        assertThat(reads.warnings)
                .containsExactly(
                        "deals.csv line 3: owner_id 'M9' is not in managers.csv; the row is kept",
                        "deals.csv line 3: customer_id 'C9' is not in customers.csv; the row is kept");
    }

    private List<String> idsOfFirstPages(int pages) {
        List<String> ids = new ArrayList<>();
        try (StreamReader reader = source.open(StreamKind.DEALS, null, ReadMode.INCREMENTAL)) {
            for (int i = 0; i < pages; i++) {
                Optional<Page> page = reader.next();
                page.orElseThrow().records().forEach(r -> ids.add(r.source().externalId()));
            }
        }
        return ids;
    }

    private Path writeDeals(int count) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= count; i++) {
            text.append(String.format("D%04d,M1,100,WON,2026-03-05%n", i));
        }
        Path file = directory.resolve("deals.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
