package com.crmbridge.testkit;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.BadRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The pages of one read of a stream, driven page by page as the runtime does. */
record StreamRead(StreamKind stream, List<Page> pages, boolean replacesStream) {
    /** More pages than any fixture needs: a reader that goes on is not ending. */
    static final int MAX_PAGES = 10_000;

    StreamRead {
        pages = List.copyOf(pages);
    }

    /** Reads the stream to its end. */
    static StreamRead of(Source source, StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        return of(source, stream, cursor, mode, page -> {});
    }

    /**
     * Reads the stream to its end, handing each page to the observer as it comes, and asks the reader whether it
     * replaced the stream when it ended, as the runtime does. Reaching {@link #MAX_PAGES} fails: the reader
     * never ends.
     */
    static StreamRead of(
            Source source, StreamKind stream, @Nullable Cursor cursor, ReadMode mode, Consumer<Page> observer) {
        List<Page> pages = new ArrayList<>();
        try (StreamReader reader = source.open(stream, cursor, mode)) {
            while (true) {
                Optional<Page> page = reader.next();
                if (page.isEmpty()) {
                    break;
                }
                observer.accept(page.get());
                pages.add(page.get());
                if (pages.size() == MAX_PAGES) {
                    throw new AssertionError(stream + ": the reader returned " + MAX_PAGES
                            + " pages without ending; a stream must end when it has nothing more");
                }
            }
            return new StreamRead(stream, pages, reader.replacesStream());
        }
    }

    List<CanonicalRecord> records() {
        return pages.stream().flatMap(p -> p.records().stream()).toList();
    }

    List<SourceRef> deletions() {
        return pages.stream().flatMap(p -> p.deletions().stream()).toList();
    }

    List<BadRecord> rejects() {
        return pages.stream().flatMap(p -> p.rejects().stream()).toList();
    }

    /** The cursor after the last page, or the given one when the read returned no page. */
    @Nullable
    Cursor lastCursor(@Nullable Cursor before) {
        return pages.isEmpty() ? before : pages.get(pages.size() - 1).cursor();
    }
}
