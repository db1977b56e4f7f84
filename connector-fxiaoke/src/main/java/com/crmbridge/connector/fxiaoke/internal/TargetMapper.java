package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.connector.fxiaoke.FxiaokeConfig;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.domain.Target;
import java.util.List;

/** sales_target__c → {@link Target}: the manager from the employee field {@code manager__c}, its first item. */
public final class TargetMapper implements RowMapper<Target> {
    private final FxiaokeConfig config;
    private final FieldValues values;

    public TargetMapper(FxiaokeConfig config) {
        this.config = config;
        this.values = new FieldValues(config.zone());
    }

    private String field(String name) {
        return config.field("targets", name);
    }

    @Override
    public List<String> fields() {
        return List.of(field("manager-id"), field("period"), field("amount"), field("base-bonus"));
    }

    @Override
    public Target map(SourceRef source, Row row) {
        String periodField = field("period");
        String periodText = values.requiredText(row, periodField);
        Period period;
        try {
            period = Period.parse(periodText);
        } catch (IllegalArgumentException e) {
            throw new RowRejected(periodField, periodText, "period must look like 2026-Q3, 2026-09 or 2026");
        }
        return new Target(
                source,
                values.requiredText(row, field("manager-id")),
                period,
                values.requiredDecimal(row, field("amount")),
                values.decimal(row, field("base-bonus")));
    }
}
