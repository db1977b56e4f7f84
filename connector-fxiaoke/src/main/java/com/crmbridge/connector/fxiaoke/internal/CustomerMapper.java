package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.connector.fxiaoke.FxiaokeConfig;
import com.crmbridge.domain.Customer;
import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.SourceRef;
import java.util.List;

/** AccountObj → {@link Customer}: tier KEY when {@code account_level} is one of {@code key-account-levels}. */
public final class CustomerMapper implements RowMapper<Customer> {
    private final FxiaokeConfig config;
    private final FieldValues values;

    public CustomerMapper(FxiaokeConfig config) {
        this.config = config;
        this.values = new FieldValues(config.zone());
    }

    private String field(String name) {
        return config.field("customers", name);
    }

    @Override
    public List<String> fields() {
        return List.of(
                field("name"),
                field("owner-id"),
                field("tier"),
                field("created-on"),
                field("churned-on"),
                field("last-contact-at"));
    }

    @Override
    public Customer map(SourceRef source, Row row) {
        String level = row.text(field("tier"));
        CustomerTier tier = level != null && config.keyAccountLevels().contains(level.strip())
                ? CustomerTier.KEY
                : CustomerTier.NORMAL;
        return new Customer(
                source,
                values.requiredText(row, field("name")),
                values.requiredText(row, field("owner-id")),
                tier,
                values.requiredDate(row, field("created-on")),
                values.date(row, field("churned-on")),
                values.instant(row, field("last-contact-at")));
    }
}
