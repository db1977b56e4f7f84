package com.crmbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.Connector;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.BadRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link Source}: a full read returns every fixture record exactly once, an incremental read
 * after a checkpoint returns only what changed, a read resumed from the cursor of any page after a crash loses
 * and duplicates nothing, and bad rows come out as bad records with their location.
 *
 * <p>The fixture must span at least two pages of one stream (set a small page size in {@link #settings()}), hold
 * at least one bad row, and be changeable by {@link #changeFixture(RecordingContext)}.
 */
public interface SourceContract extends ConnectorContract {
    /** Every record the fixture holds, as the connector must map it (bad rows excluded), in any order. */
    List<CanonicalRecord> expectedRecords();

    /** The bad rows the fixture holds on purpose; at least one. */
    List<ExpectedReject> expectedRejects();

    /**
     * Changes the fixture at the source (appends to a file, moves a WireMock scenario on, advances the clock) and
     * returns what changed. Called once per test, after a first read.
     */
    FixtureChange changeFixture(RecordingContext context);

    private Source openSource(RecordingContext context) {
        Connector connector = createConnector(context, settings());
        if (!(connector instanceof Source source)) {
            connector.close();
            throw new AssertionError(provider().type() + " does not create a Source; do not extend SourceContract");
        }
        return source;
    }

    private Map<StreamKind, List<CanonicalRecord>> expectedByStream(Set<StreamKind> streams) {
        Map<StreamKind, List<CanonicalRecord>> byStream = new EnumMap<>(StreamKind.class);
        streams.forEach(stream -> byStream.put(stream, new ArrayList<>()));
        for (CanonicalRecord record : expectedRecords()) {
            StreamKind stream = StreamKind.of(record);
            assertThat(streams)
                    .as("the fixture expects %s, a stream the source does not offer", record.source())
                    .contains(stream);
            byStream.computeIfAbsent(stream, s -> new ArrayList<>()).add(record);
        }
        return byStream;
    }

    @Test
    default void aFullReadReturnsEveryRecordExactlyOnce() {
        RecordingContext context = newContext();
        try (Source source = openSource(context)) {
            assertThat(source.streams()).as("streams").isNotEmpty();
            Map<StreamKind, List<CanonicalRecord>> expected = expectedByStream(source.streams());
            for (StreamKind stream : source.streams()) {
                StreamRead read = StreamRead.of(source, stream, null, ReadMode.FULL_REFRESH);

                assertThat(read.replacesStream())
                        .as("a full refresh of %s replaces the stream", stream)
                        .isTrue();
                for (CanonicalRecord record : read.records()) {
                    assertThat(StreamKind.of(record))
                            .as("stream of %s", record.source())
                            .isEqualTo(stream);
                    assertThat(record.source().connector())
                            .as("connector name of %s", record.source())
                            .isEqualTo(context.name());
                }
                RecordComparison.assertExactlyOnce(
                        "full read of " + stream, read.records(), expected.getOrDefault(stream, List.of()));
            }
        }
    }

    @Test
    default void anIncrementalReadAfterACheckpointReturnsOnlyWhatChanged() {
        RecordingContext context = newContext();
        Map<StreamKind, @Nullable Cursor> checkpoints = new EnumMap<>(StreamKind.class);
        Set<StreamKind> streams;
        try (Source source = openSource(context)) {
            streams = source.streams();
            for (StreamKind stream : streams) {
                checkpoints.put(
                        stream,
                        StreamRead.of(source, stream, null, ReadMode.INCREMENTAL)
                                .lastCursor(null));
            }
        }
        Map<StreamKind, List<CanonicalRecord>> before = expectedByStream(streams);

        FixtureChange change = changeFixture(context);

        try (Source source = openSource(context)) {
            for (StreamKind stream : streams) {
                StreamRead read = StreamRead.of(source, stream, checkpoints.get(stream), ReadMode.INCREMENTAL);
                List<CanonicalRecord> changed = change.changed().stream()
                        .filter(r -> StreamKind.of(r) == stream)
                        .toList();
                List<SourceRef> deleted = change.deleted().stream()
                        .filter(id -> before.getOrDefault(stream, List.of()).stream()
                                .anyMatch(r -> r.source().equals(id)))
                        .toList();
                if (read.replacesStream()) {
                    RecordComparison.assertExactlyOnce(
                            "incremental read of " + stream + " that replaces the stream",
                            read.records(),
                            applied(before.getOrDefault(stream, List.of()), changed, deleted));
                } else {
                    RecordComparison.assertExactlyOnce(
                            "incremental read of " + stream + " after a checkpoint", read.records(), changed);
                    RecordComparison.assertSameIds(
                            "tombstones of the incremental read of " + stream, read.deletions(), deleted);
                }
            }
        }
    }

    private static List<CanonicalRecord> applied(
            List<CanonicalRecord> before, List<CanonicalRecord> changed, List<SourceRef> deleted) {
        Map<SourceRef, CanonicalRecord> after = new LinkedHashMap<>();
        before.forEach(r -> after.put(r.source(), r));
        changed.forEach(r -> after.put(r.source(), r));
        deleted.forEach(after::remove);
        return List.copyOf(after.values());
    }

    @Test
    default void aReadResumedAfterACrashAtAnyPageLosesAndDuplicatesNothing() {
        RecordingContext context = newContext();
        Map<StreamKind, List<Page>> pagesByStream = new EnumMap<>(StreamKind.class);
        try (Source source = openSource(context)) {
            for (StreamKind stream : source.streams()) {
                pagesByStream.put(
                        stream,
                        StreamRead.of(source, stream, null, ReadMode.INCREMENTAL)
                                .pages());
            }
        }
        int mostPages =
                pagesByStream.values().stream().mapToInt(List::size).max().orElse(0);
        assertThat(mostPages)
                .as("pages of the fixture's largest stream: make the fixture span two pages or more (a small page"
                        + " size) so that a crash between pages can be tested")
                .isGreaterThanOrEqualTo(2);
        Map<StreamKind, List<CanonicalRecord>> expected = expectedByStream(pagesByStream.keySet());

        pagesByStream.forEach((stream, pages) -> {
            for (int k = 1; k <= pages.size(); k++) {
                List<CanonicalRecord> delivered = new ArrayList<>();
                pages.subList(0, k).forEach(page -> delivered.addAll(page.records()));
                // the process died after the runtime stored page k and its cursor; a new instance resumes
                try (Source resumed = openSource(context)) {
                    delivered.addAll(
                            StreamRead.of(resumed, stream, pages.get(k - 1).cursor(), ReadMode.INCREMENTAL)
                                    .records());
                }
                RecordComparison.assertExactlyOnce(
                        stream + " read resumed after a crash after page " + k + " of " + pages.size(),
                        delivered,
                        expected.getOrDefault(stream, List.of()));
            }
        });
    }

    @Test
    default void badRecordsComeOutWithTheirLocation() {
        List<ExpectedReject> wanted = expectedRejects();
        assertThat(wanted)
                .as("expected rejects: give the fixture at least one bad row, so that the contract can see it set"
                        + " aside")
                .isNotEmpty();
        List<BadRecord> rejects = new ArrayList<>();
        Map<BadRecord, StreamKind> streamOf = new LinkedHashMap<>();
        try (Source source = openSource(newContext())) {
            for (StreamKind stream : source.streams()) {
                for (BadRecord reject : StreamRead.of(source, stream, null, ReadMode.FULL_REFRESH)
                        .rejects()) {
                    rejects.add(reject);
                    streamOf.put(reject, stream);
                }
            }
        }
        for (ExpectedReject expected : wanted) {
            List<BadRecord> matching =
                    rejects.stream().filter(expected::matches).toList();
            assertThat(matching).as("rejects at %s among %s", expected, rejects).hasSize(1);
            BadRecord reject = matching.get(0);
            assertThat(streamOf.get(reject)).as("stream of %s", reject).isEqualTo(expected.stream());
            assertThat(reject.reason()).as("reason of %s", reject).isNotBlank();
            assertThat(reject.toString())
                    .as("the reject's text names where it is")
                    .contains(reject.where());
        }
        assertThat(rejects).as("rejects the fixture does not expect").allSatisfy(reject -> assertThat(wanted)
                .anyMatch(e -> e.matches(reject)));
    }
}
