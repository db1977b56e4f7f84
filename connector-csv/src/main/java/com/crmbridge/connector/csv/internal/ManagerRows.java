package com.crmbridge.connector.csv.internal;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.StreamKind;
import java.util.List;

/** Rows of {@code managers}: id, name, email, team, tier (empty is STANDARD), active (empty is active). */
public final class ManagerRows implements RowMapper {
    public static final Column ID = Column.required(0, "id", "编号", "工号", "员工编号");
    public static final Column NAME = Column.required(1, "name", "姓名");
    public static final Column EMAIL = Column.optional(2, "email", "邮箱", "电子邮件");
    public static final Column TEAM = Column.optional(3, "team", "团队", "部门");
    public static final Column TIER = Column.optional(4, "tier", "级别", "职级");
    public static final Column ACTIVE = Column.optional(5, "active", "在职", "状态");

    private static final Layout LAYOUT = new Layout(StreamKind.MANAGERS, List.of(ID, NAME, EMAIL, TEAM, TIER, ACTIVE));

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public CanonicalRecord map(String connector, RowValues row) throws RowException {
        String id = row.requiredText(ID);
        String name = row.requiredText(NAME);
        String email = row.text(EMAIL);
        if (!email.isEmpty() && !looksLikeEmail(email)) {
            throw row.refuse(EMAIL, "email is not an e-mail address");
        }
        Boolean active = row.optional(ACTIVE, Vocabulary::bool);
        return new Manager(
                new SourceRef(connector, id),
                name,
                email,
                row.text(TEAM),
                row.read(TIER, Vocabulary::managerTier),
                active == null || active);
    }

    private static boolean looksLikeEmail(String email) {
        int at = email.indexOf('@');
        return at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1 && !email.contains(" ");
    }

    @Override
    public List<Reference> references(CanonicalRecord record, HeaderMatch header) {
        return List.of();
    }
}
