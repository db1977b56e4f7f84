package com.crmbridge.connector.csv.internal;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.domain.Target;
import com.crmbridge.spi.StreamKind;
import java.util.List;

/**
 * Rows of {@code targets}: manager_id, period, amount, base_bonus. A target's id is
 * {@link Target#naturalId(String, Period)}, so one manager has one target per period (a later row wins).
 * Since the file has no id column of its own, 工号 and 员工编号 name the manager here.
 */
public final class TargetRows implements RowMapper {
    public static final Column MANAGER_ID = Column.required(0, "manager_id", "客户经理编号", "负责人编号", "工号", "员工编号");
    public static final Column PERIOD = Column.required(1, "period", "周期", "考核周期");
    public static final Column AMOUNT = Column.required(2, "amount", "金额", "目标金额", "销售目标");
    public static final Column BASE_BONUS = Column.optional(3, "base_bonus", "奖金基数");

    private static final Layout LAYOUT =
            new Layout(StreamKind.TARGETS, List.of(MANAGER_ID, PERIOD, AMOUNT, BASE_BONUS));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public CanonicalRecord map(String connector, RowValues row) throws RowException {
        String manager = row.requiredText(MANAGER_ID);
        Period period = row.required(PERIOD, Periods::period);
        return new Target(
                new SourceRef(connector, Target.naturalId(manager, period)),
                manager,
                period,
                row.required(AMOUNT, Amounts::amount),
                row.optional(BASE_BONUS, Amounts::amount));
    }

    @Override
    public List<Reference> references(CanonicalRecord record, HeaderMatch header) {
        Target target = (Target) record;
        return List.of(new Reference(header.header(MANAGER_ID), target.managerId(), StreamKind.MANAGERS));
    }
}
