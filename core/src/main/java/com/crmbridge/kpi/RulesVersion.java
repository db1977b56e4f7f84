package com.crmbridge.kpi;

import com.crmbridge.domain.Period;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The rules version: the first 16 hex digits of the SHA-256 of the configuration's canonical text. Numbers
 * are written without trailing zeros, so {@code 1.00} and {@code 1} give the same version; the text starts
 * with the version of the definitions themselves, raised whenever the engine's rules change.
 */
final class RulesVersion {
    /** Raised when the engine computes any figure differently from before. */
    static final String DEFINITIONS = "kpi.md/1";

    private RulesVersion() {}

    static String of(KpiConfig config) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText(config).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** One {@code name=value} line per setting, in a fixed order. */
    static String canonicalText(KpiConfig config) {
        StringBuilder text = new StringBuilder();
        line(text, "definitions", DEFINITIONS);
        line(text, "zone", config.zone().getId());
        line(text, "periodKind", config.periodKind().name());
        line(text, "locale", config.locale().toLanguageTag());
        KpiConfig.Components c = config.components();
        component(text, "attainment", c.attainment());
        component(text, "growth", c.growth());
        component(text, "winRate", c.winRate());
        component(text, "csat", c.csat());
        component(text, "retention", c.retention());
        line(text, "rating.a", number(config.ratings().a()));
        line(text, "rating.b", number(config.ratings().b()));
        line(text, "rating.c", number(config.ratings().c()));
        KpiConfig.Bonus b = config.bonus();
        line(text, "bonus.standardBase", number(b.standardBase()));
        line(text, "bonus.seniorBase", number(b.seniorBase()));
        line(text, "bonus.payoutThreshold", number(b.payoutThreshold()));
        line(text, "bonus.payoutSlope", number(b.payoutSlope()));
        line(text, "bonus.payoutCap", number(b.payoutCap()));
        line(text, "bonus.gateThreshold", number(b.gateThreshold()));
        line(text, "bonus.gateFactor", number(b.gateFactor()));
        KpiConfig.Alerts a = config.alerts();
        line(text, "alerts.staleKeyAccountDays", Integer.toString(a.staleKeyAccountDays()));
        line(text, "alerts.staleKeyAccountHighDays", Integer.toString(a.staleKeyAccountHighDays()));
        line(text, "alerts.overdueDealHighDays", Integer.toString(a.overdueDealHighDays()));
        line(text, "alerts.unresolvedComplaintDays", Integer.toString(a.unresolvedComplaintDays()));
        line(text, "alerts.complaintResolutionDays", Integer.toString(a.complaintResolutionDays()));
        line(text, "alerts.satisfactionDrop", number(a.satisfactionDrop()));
        line(text, "alerts.overloadFactor", number(a.overloadFactor()));
        line(text, "alerts.overloadMinTeam", Integer.toString(a.overloadMinTeam()));
        line(text, "alerts.complaintWorkload", Integer.toString(a.complaintWorkload()));
        line(text, "from", period(config.from()));
        line(text, "to", period(config.to()));
        return text.toString();
    }

    private static void component(StringBuilder text, String name, KpiConfig.Component component) {
        line(text, name + ".goal", number(component.goal()));
        line(text, name + ".weight", number(component.weight()));
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=').append(value).append('\n');
    }

    private static String number(BigDecimal value) {
        return Shown.plain(value);
    }

    private static String period(@Nullable Period period) {
        return period == null ? "" : period.toString();
    }
}
