package com.crmbridge.app.cli;

import com.crmbridge.app.flow.RunService;
import com.crmbridge.app.store.RejectStore;
import com.crmbridge.app.store.ResultStore;
import com.crmbridge.app.store.RunStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code --once} runner, present only in once mode. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "crmbridge.mode", havingValue = "once")
public class CliConfiguration {
    @Bean
    OnceRunner onceRunner(RunService runService, RunStore runs, ResultStore results, RejectStore rejects) {
        return new OnceRunner(runService, runs, results, rejects, System.out, Terminal.attached());
    }
}
