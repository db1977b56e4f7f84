package com.crmbridge.app.flow;

import com.crmbridge.app.config.ConfiguredConnector;
import com.crmbridge.app.config.ConfiguredConnectors;
import java.time.ZoneId;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.scheduling.support.CronExpression;

/**
 * Registers, for each reading connector, an inbound flow whose poller fires on the connector's cron schedule (in
 * the configured zone) and starts a run of that connector; the run computes and pushes when data changed. The
 * database lock makes runs wait for each other, also across instances.
 */
public final class ConnectorSchedules implements SmartInitializingSingleton {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorSchedules.class);

    private final ConfiguredConnectors connectors;
    private final RunService runService;
    private final IntegrationFlowContext flows;
    private final ZoneId zone;

    ConnectorSchedules(
            ConfiguredConnectors connectors, RunService runService, IntegrationFlowContext flows, ZoneId zone) {
        this.connectors = connectors;
        this.runService = runService;
        this.flows = flows;
        this.zone = zone;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (ConfiguredConnector connector : connectors.readers()) {
            String name = connector.name();
            IntegrationFlow flow = IntegrationFlow.fromSupplier(
                            () -> name,
                            source -> source.poller(
                                    Pollers.cron(connector.schedule().toString(), TimeZone.getTimeZone(zone))
                                            .maxMessagesPerPoll(1)))
                    .handle(message -> {
                        RunOutcome outcome = runService.run(RunRequest.scheduled(name));
                        LOG.info(
                                "Scheduled run of '{}': {}{}",
                                name,
                                outcome.status(),
                                outcome.message() == null ? "" : " — " + outcome.message());
                    })
                    .get();
            flows.registration(flow).id("pull-" + name).register();
            CronExpression cron = connector.schedule();
            LOG.info("Connector '{}' is pulled on schedule '{}' ({})", name, cron, zone);
        }
    }
}
