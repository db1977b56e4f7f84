package com.crmbridge.app.web.console;

import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's own settings, {@code crmbridge.console.*}; language and zone are the application's
 * {@code crmbridge.locale} and {@code crmbridge.zone}.
 *
 * @param currency the ISO 4217 code of the base currency that every amount is in, for money formats
 */
@ConfigurationProperties("crmbridge.console")
public record ConsoleProperties(@DefaultValue("CNY") String currency) {
    public ConsoleProperties {
        try {
            currency = Currency.getInstance(currency.trim()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "crmbridge.console.currency must be an ISO 4217 code such as CNY or USD, not '" + currency + "'",
                    e);
        }
    }
}
