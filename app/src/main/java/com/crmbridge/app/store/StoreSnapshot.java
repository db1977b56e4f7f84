package com.crmbridge.app.store;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Customer;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.Target;
import com.crmbridge.kpi.KpiData;
import com.crmbridge.spi.StreamKind;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store's live records (not deleted) as {@link KpiData}: each stream is a database cursor read row by row
 * (fetched 1,000 at a time), so a KPI run holds only what the engine keeps. Call inside a read-only transaction,
 * which PostgreSQL needs to fetch in chunks and which gives the five streams one consistent snapshot; close each
 * stream (the transaction's end closes what is left).
 */
public final class StoreSnapshot implements KpiData {
    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate template;
    private final RecordCodec codec;

    public StoreSnapshot(DataSource dataSource, RecordCodec codec) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.template = streaming;
        this.codec = codec;
    }

    @Override
    public Stream<Manager> managers() {
        return read(StreamKind.MANAGERS, Manager.class);
    }

    @Override
    public Stream<Customer> customers() {
        return read(StreamKind.CUSTOMERS, Customer.class);
    }

    @Override
    public Stream<Deal> deals() {
        return read(StreamKind.DEALS, Deal.class);
    }

    @Override
    public Stream<Feedback> feedback() {
        return read(StreamKind.FEEDBACK, Feedback.class);
    }

    @Override
    public Stream<Target> targets() {
        return read(StreamKind.TARGETS, Target.class);
    }

    private <T extends CanonicalRecord> Stream<T> read(StreamKind stream, Class<T> type) {
        return template.queryForStream(
                        "SELECT payload FROM canonical_record WHERE stream = ? AND deleted = FALSE"
                                + " ORDER BY connector, external_id",
                        (rs, n) -> codec.read(stream, rs.getString(1)),
                        stream.name())
                .map(type::cast);
    }
}
