package com.crmbridge.connector.csv.internal;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.StreamKind;
import java.util.ArrayList;
import java.util.List;

/** Rows of {@code deals}: id, customer_id, owner_id, amount, stage, close_date, created_on. */
public final class DealRows implements RowMapper {
    public static final Column ID = Column.required(0, "id", "编号", "商机编号");
    public static final Column CUSTOMER_ID = Column.optional(1, "customer_id", "客户编号");
    public static final Column OWNER_ID = Column.required(2, "owner_id", "负责人编号", "负责人工号", "客户经理编号");
    public static final Column AMOUNT = Column.required(3, "amount", "金额", "商机金额", "合同金额");
    public static final Column STAGE = Column.required(4, "stage", "阶段", "商机阶段");
    public static final Column CLOSE_DATE = Column.required(5, "close_date", "结单日期", "成交日期", "预计成交日期");
    public static final Column CREATED_ON = Column.optional(6, "created_on", "创建日期", "创建时间");

    private static final Layout LAYOUT =
            new Layout(StreamKind.DEALS, List.of(ID, CUSTOMER_ID, OWNER_ID, AMOUNT, STAGE, CLOSE_DATE, CREATED_ON));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public CanonicalRecord map(String connector, RowValues row) throws RowException {
        return new Deal(
                new SourceRef(connector, row.requiredText(ID)),
                row.text(CUSTOMER_ID),
                row.requiredText(OWNER_ID),
                row.required(AMOUNT, Amounts::amount),
                row.required(STAGE, Vocabulary::stage),
                row.requiredDate(CLOSE_DATE),
                row.optionalDate(CREATED_ON));
    }

    @Override
    public List<Reference> references(CanonicalRecord record, HeaderMatch header) {
        Deal deal = (Deal) record;
        List<Reference> references = new ArrayList<>(2);
        references.add(new Reference(header.header(OWNER_ID), deal.ownerId(), StreamKind.MANAGERS));
        if (deal.customerId() != null) {
            references.add(new Reference(header.header(CUSTOMER_ID), deal.customerId(), StreamKind.CUSTOMERS));
        }
        return references;
    }
}
