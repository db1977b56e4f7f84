package com.crmbridge.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API at {@code /v3/api-docs} (springdoc reads the controllers): the
 * {@code /api/**} paths only, and the two ways to sign in, HTTP Basic and the {@code X-API-Key} header, either
 * of which every operation accepts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ApiDocsConfiguration {
    static final String BASIC = "basic";
    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI crmBridgeOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CRM Bridge API")
                        .version("v1")
                        .description(
                                "Connectors, runs, scorecards, alerts and rejects of CRM Bridge; see docs/api.md."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("a user from crmbridge.security.admin-password or .users"))
                        .addSecuritySchemes(
                                API_KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(ApiKeyFilter.HEADER)
                                        .description("a key from crmbridge.security.api-keys")))
                // two requirements: either scheme signs a request in
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }
}
