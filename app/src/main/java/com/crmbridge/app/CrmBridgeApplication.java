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
        int exitCode = start(args);
        if (exitCode >= 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Starts the application. With {@code --once}: runs, stops and returns the exit code. As a service: returns
     * {@code -1} once started, and the application runs on. A configuration that stops the start returns 2; Spring
     * Boot has printed what is wrong by then, without a stack trace.
     */
    public static int start(String... args) {
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
            return OnceRunner.USAGE;
        }
        return once ? SpringApplication.exit(context) : -1;
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
            defaults.put("logging.level.org.flywaydb", "ERROR");
        }
        return defaults;
    }
}
