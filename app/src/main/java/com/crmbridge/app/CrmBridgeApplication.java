package com.crmbridge.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The sync service's entry point: {@code java -jar crm-bridge.jar [--once]}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrmBridgeApplication {
    public static void main(String[] args) {
        SpringApplication.run(CrmBridgeApplication.class, args);
    }
}
