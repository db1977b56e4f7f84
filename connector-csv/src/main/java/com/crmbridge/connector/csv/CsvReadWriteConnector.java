package com.crmbridge.connector.csv;

import com.crmbridge.kpi.KpiResults;
import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.PushLedger;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Sink;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A file connector with both directories set: it reads like {@link CsvSource} and writes like {@link CsvSink}. */
public final class CsvReadWriteConnector implements Source, Sink {
    private final CsvSource source;
    private final CsvSink sink;

    public CsvReadWriteConnector(CsvSource source, CsvSink sink) {
        this.source = source;
        this.sink = sink;
    }

    @Override
    public Set<StreamKind> streams() {
        return source.streams();
    }

    @Override
    public StreamReader open(StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        return source.open(stream, cursor, mode);
    }

    @Override
    public PushReport push(KpiResults results, PushLedger ledger) {
        return sink.push(results, ledger);
    }

    /** Both directories' problems, or both directories' details. */
    @Override
    public CheckResult check() {
        CheckResult read = source.check();
        CheckResult write = sink.check();
        List<String> problems = new ArrayList<>(read.problems());
        problems.addAll(write.problems());
        List<String> details = new ArrayList<>(read.details());
        details.addAll(write.details());
        return new CheckResult(problems, problems.isEmpty() ? details : List.of());
    }
}
