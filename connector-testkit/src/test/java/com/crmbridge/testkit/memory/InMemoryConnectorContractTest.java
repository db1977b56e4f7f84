package com.crmbridge.testkit.memory;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.testkit.ExpectedReject;
import com.crmbridge.testkit.FixtureChange;
import com.crmbridge.testkit.RecordingContext;
import com.crmbridge.testkit.SinkContract;
import com.crmbridge.testkit.SourceContract;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The whole contract, source and sink, against the in-memory connector as written: every clause holds. */
class InMemoryConnectorContractTest implements SourceContract, SinkContract {
    final InMemoryCrm crm = InMemoryFixture.seeded();

    /** The flaw the connector runs with; none here, one each in the tests that show the contract notices. */
    Flaw flaw() {
        return Flaw.NONE;
    }

    @Override
    public ConnectorProvider provider() {
        return new InMemoryProvider(crm, flaw());
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("api-token", InMemoryFixture.TOKEN, "page-size", "2");
    }

    @Override
    public Map<String, String> wrongCredentialsSettings() {
        return Map.of("api-token", InMemoryFixture.WRONG_TOKEN, "page-size", "2");
    }

    @Override
    public List<CanonicalRecord> expectedRecords() {
        return InMemoryFixture.records();
    }

    @Override
    public List<ExpectedReject> expectedRejects() {
        return InMemoryFixture.rejects();
    }

    @Override
    public FixtureChange changeFixture(RecordingContext context) {
        return InMemoryFixture.change(crm, context);
    }

    @Override
    public OptionalLong destinationWrites() {
        return OptionalLong.of(crm.writes());
    }
}
