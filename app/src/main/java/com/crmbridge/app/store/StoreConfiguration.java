package com.crmbridge.app.store;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The store's beans on the application's DataSource, whose schema Flyway migrates at start. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {
    @Bean
    static BeanPostProcessor batchedInsertsOnPostgres() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari
                        && hikari.getJdbcUrl() != null
                        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    // one multi-row INSERT per batch instead of a round trip per row
                    hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
                }
                return bean;
            }
        };
    }

    @Bean
    RecordCodec recordCodec() {
        return new RecordCodec();
    }

    @Bean
    TransactionTemplate storeTransactions(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean
    JdbcSyncStore syncStore(
            JdbcTemplate template, TransactionTemplate storeTransactions, RecordCodec codec, Clock clock) {
        return new JdbcSyncStore(template, storeTransactions, codec, clock);
    }

    @Bean
    StoreSnapshot storeSnapshot(DataSource dataSource, RecordCodec codec) {
        return new StoreSnapshot(dataSource, codec);
    }

    @Bean
    RunStore runStore(JdbcClient jdbc, Clock clock) {
        return new RunStore(jdbc, clock);
    }

    @Bean
    ResultStore resultStore(JdbcTemplate template, TransactionTemplate storeTransactions) {
        return new ResultStore(template, storeTransactions);
    }

    @Bean
    RejectStore rejectStore(JdbcClient jdbc) {
        return new RejectStore(jdbc);
    }

    /** The push ledger of a sink, by connector name. */
    @Bean
    Function<String, JdbcPushLedger> pushLedgers(JdbcClient jdbc, Clock clock) {
        return connector -> new JdbcPushLedger(jdbc, clock, connector);
    }
}
