package com.crmbridge.connector.csv.internal;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Customer;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.StreamKind;
import java.time.LocalDate;
import java.util.List;

/** Rows of {@code customers}: id, name, owner_id, tier (empty is NORMAL), created_on, churned_on, last_contact_at. */
public final class CustomerRows implements RowMapper {
    public static final Column ID = Column.required(0, "id", "编号", "客户编号");
    public static final Column NAME = Column.required(1, "name", "客户名称", "名称");
    public static final Column OWNER_ID = Column.required(2, "owner_id", "负责人编号", "负责人工号", "客户经理编号");
    public static final Column TIER = Column.optional(3, "tier", "客户级别", "客户等级");
    public static final Column CREATED_ON = Column.required(4, "created_on", "创建日期", "创建时间");
    public static final Column CHURNED_ON = Column.optional(5, "churned_on", "流失日期");
    public static final Column LAST_CONTACT_AT = Column.optional(6, "last_contact_at", "最后跟进时间", "最后联系时间");

    private static final Layout LAYOUT = new Layout(
            StreamKind.CUSTOMERS, List.of(ID, NAME, OWNER_ID, TIER, CREATED_ON, CHURNED_ON, LAST_CONTACT_AT));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public CanonicalRecord map(String connector, RowValues row) throws RowException {
        String id = row.requiredText(ID);
        String name = row.requiredText(NAME);
        String owner = row.requiredText(OWNER_ID);
        LocalDate created = row.requiredDate(CREATED_ON);
        LocalDate churned = row.optionalDate(CHURNED_ON);
        if (churned != null && churned.isBefore(created)) {
            throw row.refuse(CHURNED_ON, "churned_on " + churned + " is before created_on " + created);
        }
        return new Customer(
                new SourceRef(connector, id),
                name,
                owner,
                row.read(TIER, Vocabulary::customerTier),
                created,
                churned,
                row.optionalInstant(LAST_CONTACT_AT));
    }

    @Override
    public List<Reference> references(CanonicalRecord record, HeaderMatch header) {
        Customer customer = (Customer) record;
        return List.of(new Reference(header.header(OWNER_ID), customer.ownerId(), StreamKind.MANAGERS));
    }
}
