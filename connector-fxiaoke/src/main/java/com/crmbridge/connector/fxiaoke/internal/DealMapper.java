package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.connector.fxiaoke.FxiaokeConfig;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.SourceRef;
import java.util.List;

/**
 * NewOpportunityObj → {@link Deal}: WON or LOST from {@code sales_status}, otherwise {@code sales_stage}
 * through the stage map; a stage code the map lacks rejects the row, naming the code.
 */
public final class DealMapper implements RowMapper<Deal> {
    private final FxiaokeConfig config;
    private final FieldValues values;

    public DealMapper(FxiaokeConfig config) {
        this.config = config;
        this.values = new FieldValues(config.zone());
    }

    private String field(String name) {
        return config.field("deals", name);
    }

    @Override
    public List<String> fields() {
        return List.of(
                field("customer-id"),
                field("owner-id"),
                field("amount"),
                field("status"),
                field("stage"),
                field("close-date"),
                field("created-on"));
    }

    @Override
    public Deal map(SourceRef source, Row row) {
        return new Deal(
                source,
                row.text(field("customer-id")),
                values.requiredText(row, field("owner-id")),
                values.requiredDecimal(row, field("amount")),
                stage(row),
                values.requiredDate(row, field("close-date")),
                values.date(row, field("created-on")));
    }

    private DealStage stage(Row row) {
        String status = row.text(field("status"));
        if (status != null && config.wonStatusCodes().contains(status.strip())) {
            return DealStage.WON;
        }
        if (status != null && config.lostStatusCodes().contains(status.strip())) {
            return DealStage.LOST;
        }
        String stageField = field("stage");
        String code = row.text(stageField);
        if (code == null) {
            throw new RowRejected(stageField, null, stageField + " is empty and the deal is neither won nor lost");
        }
        DealStage stage = config.stageMap().get(code.strip());
        if (stage == null) {
            throw new RowRejected(
                    stageField,
                    code,
                    "stage code '" + code + "' is not in stage-map (known: "
                            + String.join(
                                    ", ",
                                    new java.util.TreeSet<>(config.stageMap().keySet())) + "); add stage-map."
                            + code.strip());
        }
        return stage;
    }
}
