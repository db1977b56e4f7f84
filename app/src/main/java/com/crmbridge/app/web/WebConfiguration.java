package com.crmbridge.app.web;

import com.crmbridge.app.config.ConfiguredConnectors;
import com.crmbridge.app.config.CrmBridgeProperties;
import com.crmbridge.app.store.RunStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Security and health for the service: HTTP Basic (for scripts) and form login (for the web console) on
 * everything but {@code /actuator/health}, and an {@code X-API-Key} header on {@code /api/**}; users and keys from
 * {@code crmbridge.security}, passwords and keys hashed at start and never logged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class WebConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(WebConfiguration.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CrmBridgeProperties properties, PasswordEncoder encoder)
            throws Exception {
        http.addFilterBefore(apiKeyFilter(properties, encoder), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/login", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(
                        form -> // our page, in the configured language; signed in, on to the console
                        form.loginPage("/login").defaultSuccessUrl("/console/"))
                // the API is called with Basic credentials by scripts; the console's forms keep CSRF
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }

    /** The {@code X-API-Key} filter with every configured key hashed; logs the key names only. */
    private static ApiKeyFilter apiKeyFilter(CrmBridgeProperties properties, PasswordEncoder encoder) {
        Map<String, String> keys = new LinkedHashMap<>();
        properties.security().apiKeys().forEach((name, key) -> {
            if (key.isBlank()) {
                throw new IllegalStateException("crmbridge.security.api-keys." + name + " is empty");
            }
            // an encoded key ({bcrypt}…) is kept; plain text is hashed here, never stored or logged as is
            keys.put(name, key.startsWith("{") ? key : encoder.encode(key));
        });
        if (!keys.isEmpty()) {
            LOG.info("API keys: {}", keys.keySet());
        }
        return new ApiKeyFilter(keys, encoder);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService apiUsers(CrmBridgeProperties properties, PasswordEncoder encoder) {
        Map<String, String> users = new LinkedHashMap<>();
        String admin = properties.security().adminPassword();
        if (admin != null && !admin.isBlank()) {
            users.put("admin", admin);
        }
        users.putAll(properties.security().users());
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        users.forEach((name, password) -> {
            // an encoded password ({bcrypt}…) is kept; plain text is hashed here, never stored or logged as is
            String encoded = password.startsWith("{") ? password : encoder.encode(password);
            UserDetails user =
                    User.withUsername(name).password(encoded).roles("USER").build();
            manager.createUser(user);
        });
        if (users.isEmpty()) {
            LOG.warn("No API user is configured: set CRMBRIDGE_ADMIN_PASSWORD (user admin) or"
                    + " crmbridge.security.users.<name>; until then every API call is refused.");
        } else {
            LOG.info("API users: {}", users.keySet());
        }
        return manager;
    }

    /** One health indicator per connector, under {@code /actuator/health/connectors/<name>}. */
    @Bean
    HealthContributor connectorsHealthContributor(
            ConfiguredConnectors connectors, ConnectorChecks checks, RunStore runs) {
        Map<String, HealthContributor> each = new LinkedHashMap<>();
        connectors.all().forEach(c -> each.put(c.name(), new ConnectorHealth(c, checks, runs)));
        return CompositeHealthContributor.fromMap(each);
    }
}
