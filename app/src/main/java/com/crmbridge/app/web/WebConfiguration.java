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

/**
 * Security and health for the service: HTTP Basic (for scripts) and form login (for the web console) on
 * everything but {@code /actuator/health}; users from {@code crmbridge.security}, passwords hashed at start and
 * never logged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class WebConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(WebConfiguration.class);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/login", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults())
                // the API is called with Basic credentials by scripts; the console's forms keep CSRF
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
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
    HealthContributor connectorsHealthContributor(ConfiguredConnectors connectors, RunStore runs) {
        Map<String, HealthContributor> each = new LinkedHashMap<>();
        connectors.all().forEach(c -> each.put(c.name(), new ConnectorHealth(c, runs)));
        return CompositeHealthContributor.fromMap(each);
    }
}
