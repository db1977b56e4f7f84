package com.crmbridge.sync;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A source serving fixed records in pages, with {@code version:offset} as cursor, the version standing for the
 * content. A replacing source behaves like a file: a read from the start (or of another version) replaces the
 * stream, a read resumed mid-way goes on replacing, a read at the end returns nothing and replaces nothing. Failures are injected by the number of the {@code next()} call.
 */
final class ScriptedSource implements Source {
    private final Map<StreamKind, List<CanonicalRecord>> data = new EnumMap<>(StreamKind.class);
    private final int pageSize;
    private final boolean replacing;
    private final Map<Integer, RuntimeException> failAtCall = new HashMap<>();
    private final List<String> opened = new ArrayList<>();
    private int calls;
    private String version = "v1";

    ScriptedSource(int pageSize, boolean replacing) {
        this.pageSize = pageSize;
        this.replacing = replacing;
    }

    ScriptedSource with(StreamKind stream, List<? extends CanonicalRecord> records) {
        data.put(stream, List.copyOf(records));
        return this;
    }

    /** Another content: a cursor of the old version reads from the start. */
    ScriptedSource version(String version) {
        this.version = version;
        return this;
    }

    /** The {@code call}-th call of {@code next()} (1-based, over all streams) throws instead of reading. */
    ScriptedSource failAt(int call, RuntimeException failure) {
        failAtCall.put(call, failure);
        return this;
    }

    /** Every open, as {@code STREAM@cursor/mode}. */
    List<String> opened() {
        return opened;
    }

    @Override
    public CheckResult check() {
        return CheckResult.ok("scripted");
    }

    @Override
    public Set<StreamKind> streams() {
        return data.keySet();
    }

    @Override
    public StreamReader open(StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        List<CanonicalRecord> records = data.getOrDefault(stream, List.of());
        int start = mode == ReadMode.FULL_REFRESH
                        || cursor == null
                        || !cursor.value().startsWith(version + ":")
                ? 0
                : Integer.parseInt(cursor.value().substring(version.length() + 1));
        opened.add(stream + "@" + (cursor == null ? "-" : cursor.value()) + "/" + mode);
        boolean replaces = mode == ReadMode.FULL_REFRESH || (replacing && (start < records.size() || cursor == null));
        return new StreamReader() {
            private int offset = start;

            @Override
            public Optional<Page> next() {
                calls++;
                RuntimeException failure = failAtCall.remove(calls);
                if (failure != null) {
                    throw failure;
                }
                if (offset >= records.size()) {
                    return Optional.empty();
                }
                int end = Math.min(records.size(), offset + pageSize);
                Page page = Page.of(records.subList(offset, end), new Cursor(version + ":" + end));
                offset = end;
                return Optional.of(page);
            }

            @Override
            public boolean replacesStream() {
                return replaces;
            }
        };
    }
}
