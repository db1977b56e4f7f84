package com.crmbridge.app;

import com.crmbridge.app.cli.OnceRunner;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The entry point: {@code java -jar crm-bridge.jar --once} runs once and exits with the run's code; without
 * {@code --once} it runs as a service with the REST API and the connectors' schedules.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrmBridgeApplication {
    public static void main(String[] args) {
        boolean once = Arrays.asList(args).contains("--once");
        SpringApplication application = new SpringApplication(CrmBridgeApplication.class);
        application.setDefaultProperties(defaults(once));
        if (once) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            // Spring Boot has already printed what is wrong (FailureAnalyzer); no second stack trace
            System.exit(OnceRunner.USAGE);
            return;
        }
        if (once) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /** Properties that depend on the mode; any configuration overrides them. */
    static Map<String, Object> defaults(boolean once) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("crmbridge.mode", once ? "once" : "service");
        if (once) {
            // the summary is the output; logs only when something is wrong
            defaults.put("spring.main.banner-mode", "off");
            defaults.put("logging.level.root", "WARN");
            defaults.put("logging.level.com.crmbridge", "WARN");
        }
        return defaults;
    }
}
