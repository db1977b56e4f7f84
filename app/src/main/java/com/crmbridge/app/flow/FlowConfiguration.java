package com.crmbridge.app.flow;

import com.crmbridge.app.config.ConfiguredConnectors;
import com.crmbridge.app.config.CrmBridgeProperties;
import com.crmbridge.app.store.JdbcPushLedger;
import com.crmbridge.app.store.JdbcSyncStore;
import com.crmbridge.app.store.ResultStore;
import com.crmbridge.app.store.RunStore;
import com.crmbridge.app.store.StoreSnapshot;
import com.crmbridge.kpi.KpiConfig;
import com.crmbridge.sync.RetryPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The run, its database lock, and in service mode the per-connector pollers. */
@Configuration(proxyBeanMethods = false)
public class FlowConfiguration {
    /** How long a lock outlives its last renewal; a run renews it after every page. */
    static final Duration LOCK_TTL = Duration.ofMinutes(30);

    @Bean
    DefaultLockRepository lockRepository(DataSource dataSource, PlatformTransactionManager transactions) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource);
        repository.setRegion("crm-bridge");
        repository.setTransactionManager(transactions);
        return repository;
    }

    @Bean
    JdbcLockRegistry runLockRegistry(DefaultLockRepository lockRepository) {
        return new JdbcLockRegistry(lockRepository, LOCK_TTL);
    }

    @Bean
    @ConditionalOnMissingBean
    RetryPolicy retryPolicy() {
        return RetryPolicy.defaults();
    }

    @Bean
    @SuppressWarnings("ParameterNumber")
    RunService runService(
            ConfiguredConnectors connectors,
            JdbcSyncStore store,
            StoreSnapshot snapshot,
            RunStore runs,
            ResultStore results,
            Function<String, JdbcPushLedger> pushLedgers,
            KpiConfig kpiConfig,
            Clock clock,
            JdbcLockRegistry runLockRegistry,
            PlatformTransactionManager transactions,
            MeterRegistry registry,
            RetryPolicy retryPolicy) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return new RunService(
                connectors,
                store,
                snapshot,
                runs,
                results,
                pushLedgers,
                kpiConfig,
                clock,
                runLockRegistry,
                readOnly,
                registry,
                retryPolicy,
                Duration.ofMinutes(10));
    }

    /** Tells a run in progress to stop after its page when the application stops, before the pool closes. */
    @Bean
    SmartLifecycle runStopper(RunService runService) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                runService.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE; // stopped first
            }
        };
    }

    /** One poller per reading connector on its cron schedule, in service mode only. */
    @Bean
    @ConditionalOnProperty(name = "crmbridge.mode", havingValue = "service", matchIfMissing = true)
    ConnectorSchedules connectorSchedules(
            ConfiguredConnectors connectors,
            RunService runService,
            IntegrationFlowContext flows,
            CrmBridgeProperties properties) {
        return new ConnectorSchedules(connectors, runService, flows, properties.zone());
    }
}
