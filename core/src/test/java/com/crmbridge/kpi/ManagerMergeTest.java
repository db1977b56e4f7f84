package com.crmbridge.kpi;

import static com.crmbridge.kpi.Fixture.card;
import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Managers merged across sources by e-mail, and every reference resolved within its own connector. */
class ManagerMergeTest {
    private static final Period Q1 = Period.quarter(2026, 1);

    private static Deal won(String connector, String id, String owner, String amount) {
        return new Deal(
                new SourceRef(connector, id),
                null,
                owner,
                new BigDecimal(amount),
                DealStage.WON,
                Fixture.date("2026-02-01"),
                null);
    }

    @Test
    void twoSourcesSharingAManagersEmailGiveOneScorecard() {
        KpiResults results = new Fixture()
                .manager("zoho", "z9", "li.lei@example.com", "South", ManagerTier.SENIOR, true)
                .manager("fxiaoke", "fx1", "Li.Lei@Example.COM", "East", ManagerTier.STANDARD, true)
                .add(won("fxiaoke", "d1", "fx1", "100"))
                .add(won("zoho", "d1", "z9", "50"))
                .compute("2026-03-01T00:00");

        assertThat(results.scorecards()).hasSize(1);
        Scorecard q1 = card(results, "fx1", Q1);
        assertThat(q1.wonRevenue()).isEqualByComparingTo("150");
        ManagerIdentity person = q1.manager();
        assertThat(person.key()).isEqualTo("li.lei@example.com");
        // the primary is the first active record by connector then id: fxiaoke before zoho
        assertThat(person.team()).isEqualTo("East");
        assertThat(person.tier()).isEqualTo(ManagerTier.STANDARD);
        assertThat(person.sources()).containsExactly(new SourceRef("fxiaoke", "fx1"), new SourceRef("zoho", "z9"));
        assertThat(person.idIn("zoho")).contains("z9");
    }

    @Test
    void anActiveRecordIsPrimaryAndThePersonIsActiveWhenActiveAnywhere() {
        KpiResults results = new Fixture()
                .manager("zoho", "z9", "li.lei@example.com", "South", ManagerTier.SENIOR, true)
                .manager("fxiaoke", "fx1", "li.lei@example.com", "East", ManagerTier.STANDARD, false)
                .add(won("fxiaoke", "d1", "fx1", "100"))
                .compute("2026-03-01T00:00");

        ManagerIdentity person = card(results, "z9", Q1).manager();
        assertThat(person.active()).isTrue();
        assertThat(person.team()).isEqualTo("South");
        assertThat(person.sources()).containsExactly(new SourceRef("zoho", "z9"), new SourceRef("fxiaoke", "fx1"));
    }

    @Test
    void managersWithoutEmailAreKeyedByConnectorAndIdEvenWhenIdsCoincide() {
        KpiResults results = new Fixture()
                .manager("zoho", "7", null, null, ManagerTier.STANDARD, true)
                .manager("fxiaoke", "7", null, null, ManagerTier.STANDARD, true)
                .add(won("fxiaoke", "d1", "7", "100"))
                .add(won("zoho", "d1", "7", "50"))
                .compute("2026-03-01T00:00");

        assertThat(results.scorecards())
                .extracting(s -> s.manager().key() + " " + s.wonRevenue().toPlainString())
                .containsExactly("fxiaoke:7 100", "zoho:7 50");
    }

    @Test
    void aReferenceToAnUnknownManagerBecomesAnInactivePlaceholderNamedByItsId() {
        KpiResults results = new Fixture()
                .manager("fxiaoke", "fx1", "li.lei@example.com", "East", ManagerTier.STANDARD, true)
                // zoho's owner "fx1" is not fxiaoke's fx1: references stay within their connector
                .add(won("zoho", "d1", "fx1", "50"))
                .compute("2026-03-01T00:00");

        Scorecard placeholder = results.scorecards().stream()
                .filter(s -> s.manager().key().equals("zoho:fx1"))
                .findFirst()
                .orElseThrow();
        assertThat(placeholder.wonRevenue()).isEqualByComparingTo("50");
        assertThat(placeholder.manager().name()).isEqualTo("fx1");
        assertThat(placeholder.manager().active()).isFalse();
        assertThat(placeholder.manager().team()).isNull();
        assertThat(results.scorecards().stream().filter(s -> s.manager().key().equals("li.lei@example.com")))
                .singleElement()
                .satisfies(s -> assertThat(s.wonRevenue()).isEqualByComparingTo("0"));
    }
}
