package com.crmbridge.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AlertOrderTest {
    /** The documented order, compared in full. */
    private static final Comparator<Alert> BY_KEY_TYPE_SUBJECT = Comparator.comparing(
                    (Alert alert) -> alert.manager().key())
            .thenComparing(Alert::type)
            .thenComparing(Alert::subject);

    private static final AlertType[] TYPES = AlertType.values();

    @Test
    void ordersByManagerKeyThenTypeThenSubjectAsAFullSortWould() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 100; round++) {
            List<ManagerIdentity> people = new ArrayList<>();
            int count = random.nextInt(1, 30);
            for (int i = 0; i < count; i++) {
                people.add(person("p" + random.nextInt(1000) + "-" + i + "@example.com"));
            }
            people.sort(Comparator.comparing(ManagerIdentity::key));
            List<Alert> alerts = new ArrayList<>();
            int alertCount = random.nextInt(0, 200);
            for (int i = 0; i < alertCount; i++) {
                alerts.add(alert(
                        people.get(random.nextInt(count)),
                        TYPES[random.nextInt(TYPES.length)],
                        "r" + random.nextInt(50)));
            }
            List<Alert> expected = new ArrayList<>(alerts);
            expected.sort(BY_KEY_TYPE_SUBJECT);

            assertThat(AlertOrder.sorted(alerts, people)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anAlertAboutSomeoneOutsideThePeopleIsStillPutInOrder() {
        ManagerIdentity b = person("b@example.com");
        ManagerIdentity stranger = person("a@example.com");
        Alert aboutB = alert(b, AlertType.OVERDUE_DEAL, "d1");
        Alert aboutStranger = alert(stranger, AlertType.OVERDUE_DEAL, "d2");

        assertThat(AlertOrder.sorted(List.of(aboutB, aboutStranger), List.of(b)))
                .containsExactly(aboutStranger, aboutB);
    }

    private static ManagerIdentity person(String email) {
        SourceRef source = new SourceRef("crm", email);
        return new ManagerIdentity(email, email, email, email, null, ManagerTier.STANDARD, true, List.of(source));
    }

    private static Alert alert(ManagerIdentity manager, AlertType type, String subject) {
        return new Alert(
                type, Severity.MEDIUM, manager, SubjectType.DEAL, new SourceRef("crm", subject), type + " " + subject);
    }
}
