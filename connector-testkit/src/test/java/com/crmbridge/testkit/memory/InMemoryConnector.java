package com.crmbridge.testkit.memory;

import com.crmbridge.kpi.KpiResults;
import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.PushLedger;
import com.crmbridge.spi.PushPlan;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.PushReport.Outcome;
import com.crmbridge.spi.PushReport.RowOutcome;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.ResultRow;
import com.crmbridge.spi.ResultRows;
import com.crmbridge.spi.Secret;
import com.crmbridge.spi.Sink;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The in-memory connector: reads managers and deals, writes results, and breaks the contract as its flaw says. */
final class InMemoryConnector implements Source, Sink {
    private final InMemoryCrm crm;
    private final ConnectorContext context;
    private final Secret token;
    private final int pageSize;
    private final Flaw flaw;

    InMemoryConnector(InMemoryCrm crm, ConnectorContext context, Secret token, int pageSize, Flaw flaw) {
        this.crm = crm;
        this.context = context;
        this.token = token;
        this.pageSize = pageSize;
        this.flaw = flaw;
        if (flaw == Flaw.LOGS_TOKEN) {
            context.log().debug("connecting with token " + token.reveal());
        } else {
            context.log().debug("connecting with token " + token);
        }
    }

    @Override
    public CheckResult check() {
        if (crm.accepts(token.reveal())) {
            return CheckResult.ok("api-token accepted", "streams " + streams());
        }
        if (flaw == Flaw.UNCLEAR_CHECK) {
            return CheckResult.failed(List.of("java.lang.IllegalStateException"));
        }
        return CheckResult.failed(List.of("api-token: the CRM refused the token; ask its administrator for a new one"));
    }

    @Override
    public Set<StreamKind> streams() {
        return EnumSet.of(StreamKind.MANAGERS, StreamKind.DEALS);
    }

    @Override
    public StreamReader open(StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        if (!streams().contains(stream)) {
            throw new IllegalArgumentException("the in-memory CRM has no stream " + stream);
        }
        long after = cursor == null || mode == ReadMode.FULL_REFRESH ? 0 : SequenceCursor.read(cursor);
        if (flaw == Flaw.INCLUSIVE_CURSOR && after > 0) {
            after--;
        }
        return new InMemoryReader(
                crm, stream, after, cursor != null && mode == ReadMode.INCREMENTAL, pageSize, context, this::authorise);
    }

    private void authorise() {
        if (!crm.accepts(token.reveal())) {
            String shown = flaw == Flaw.TOKEN_IN_ERROR_MESSAGE ? token.reveal() : "api-token";
            throw new ConnectorException.AuthenticationFailed("the CRM refused " + shown, null);
        }
    }

    @Override
    public PushReport push(KpiResults results, PushLedger ledger) {
        authorise();
        List<ResultRow> rows = ResultRows.of(results);
        PushPlan plan = PushPlan.of(rows, ledger);
        List<RowOutcome> outcomes = new ArrayList<>();
        List<ResultRow> unchanged = new ArrayList<>(plan.unchanged());
        if (flaw == Flaw.RESENDS_UNCHANGED) {
            for (ResultRow row : unchanged) {
                String id = crm.write(
                        row, ledger.find(row.key()).map(e -> e.destinationId()).orElse(null));
                ledger.pushed(row, id);
                outcomes.add(new RowOutcome(row.kind(), row.key(), Outcome.UPDATED, null));
            }
            unchanged.clear();
        }
        for (ResultRow row : plan.create()) {
            ledger.pushed(row, crm.write(row, null));
            outcomes.add(new RowOutcome(row.kind(), row.key(), Outcome.CREATED, null));
        }
        for (PushPlan.Update update : plan.update()) {
            ledger.pushed(update.row(), crm.write(update.row(), update.destinationId()));
            outcomes.add(new RowOutcome(update.row().kind(), update.row().key(), Outcome.UPDATED, null));
        }
        for (ResultRow row : unchanged) {
            outcomes.add(new RowOutcome(row.kind(), row.key(), Outcome.UNCHANGED, null));
        }
        for (PushPlan.Resolve resolve : plan.resolve()) {
            crm.resolve(resolve.destinationId());
            ledger.resolved(resolve.key());
            outcomes.add(new RowOutcome(ResultRow.Kind.ALERT, resolve.key(), Outcome.RESOLVED, null));
        }
        context.log().info("pushed " + outcomes.size() + " rows");
        return new PushReport(outcomes);
    }

    @Override
    public String toString() {
        return "InMemoryConnector[" + context.name() + ", token "
                + (flaw == Flaw.TOKEN_IN_TO_STRING ? token.reveal() : token) + "]";
    }
}
