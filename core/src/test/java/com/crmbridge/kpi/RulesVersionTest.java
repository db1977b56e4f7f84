package com.crmbridge.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.PeriodKind;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules version: a stable hash of the configuration. */
class RulesVersionTest {
    private static KpiConfig withCsatWeight(String weight) {
        KpiConfig d = KpiConfig.defaults();
        KpiConfig.Components c = d.components();
        KpiConfig.Components changed = new KpiConfig.Components(
                c.attainment(),
                c.growth(),
                c.winRate(),
                new KpiConfig.Component(c.csat().goal(), new BigDecimal(weight)),
                c.retention());
        return new KpiConfig(
                d.zone(), d.periodKind(), d.locale(), changed, d.ratings(), d.bonus(), d.alerts(), d.from(), d.to());
    }

    @Test
    void rulesVersionIsSixteenHexDigitsAndStableAcrossRuns() {
        String version = RulesVersion.of(KpiConfig.defaults());

        assertThat(version).matches("[0-9a-f]{16}").isEqualTo(RulesVersion.of(KpiConfig.defaults()));
        assertThat(new Fixture().compute("2026-01-01T00:00").rulesVersion()).isEqualTo(version);
    }

    @Test
    void rulesVersionChangesWithAnyRuleButNotWithHowANumberIsWritten() {
        String defaults = RulesVersion.of(KpiConfig.defaults());

        assertThat(RulesVersion.of(withCsatWeight("26"))).isNotEqualTo(defaults);
        assertThat(RulesVersion.of(withCsatWeight("25.00"))).isEqualTo(defaults);
        assertThat(RulesVersion.of(Fixture.configWith(PeriodKind.MONTH, Locale.SIMPLIFIED_CHINESE, null, null)))
                .isNotEqualTo(defaults);
    }

    @Test
    void canonicalTextNamesEverySetting() {
        String text = RulesVersion.canonicalText(KpiConfig.defaults());

        assertThat(text)
                .startsWith("definitions=kpi.md/1\nzone=Asia/Shanghai\nperiodKind=QUARTER\nlocale=zh-CN\n")
                .contains("csat.goal=0.9\n", "bonus.payoutCap=2\n", "alerts.overloadMinTeam=3\n")
                .endsWith("from=\nto=\n");
    }
}
