package com.crmbridge.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmbridge.app.CrmBridgeApplication;
import com.crmbridge.app.flow.RunRequest;
import com.crmbridge.app.flow.RunService;
import com.crmbridge.app.flow.RunStatus;
import com.crmbridge.sync.SyncListener;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The REST API on the samples: authentication, and what each endpoint returns. One context for all. */
@SpringBootTest(
        classes = CrmBridgeApplication.class,
        properties = {
            "crmbridge.mode=service",
            "spring.datasource.url=jdbc:h2:mem:api-test;DB_CLOSE_DELAY=-1",
            "crmbridge.security.admin-password=correct horse",
            "crmbridge.security.users.viewer={noop}viewer-pass",
            "crmbridge.security.api-keys.ci=" + ApiTest.API_KEY,
            "crmbridge.connectors.samples.type=csv",
            "crmbridge.connectors.samples.settings.directory=../samples",
            "crmbridge.connectors.results.type=csv",
            "crmbridge.connectors.results.read=false",
            "crmbridge.connectors.results.write=true",
            "crmbridge.connectors.results.settings.output-directory=target/api-test-out",
            "crmbridge.connectors.crm.type=fake",
            "crmbridge.connectors.crm.settings.api-key=TOPSECRET-4711",
            "crmbridge.connectors.crm.settings.healthy=false"
        })
@AutoConfigureMockMvc
@SuppressWarnings("unchecked") // JSON read as maps and lists
@ExtendWith(OutputCaptureExtension.class) // from before the context starts: the key must not be logged at start either
class ApiTest {
    static final String API_KEY = "ck-9f3a7e21d6b84c05";
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "correct horse");
    private static boolean loaded;

    @Autowired
    MockMvc mvc;

    @Autowired
    RunService runService;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void runOnce() {
        if (!loaded) {
            var outcome = runService.run(
                    RunRequest.everything("cli", Instant.parse("2026-11-15T04:00:00Z"), false, new SyncListener() {}));
            assertThat(outcome.status()).as(String.valueOf(outcome.message())).isEqualTo(RunStatus.SUCCEEDED);
            loaded = true;
        }
    }

    private List<Map<String, Object>> list(String body) {
        return json.readValue(body, new TypeReference<>() {});
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theApiNeedsCredentials() throws Exception {
        mvc.perform(get("/api/v1/runs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/runs").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/runs").with(httpBasic("viewer", "viewer-pass")))
                .andExpect(status().isOk());
    }

    @Test
    void theSignInPageSpeaksTheConfiguredLanguageAndCarriesTheCsrfToken() throws Exception {
        String chinese = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(chinese)
                .contains("<html lang=\"zh-CN\">", "用户名", "密码", "name=\"username\"", "name=\"password\"")
                .containsPattern("name=\"_csrf\" value=\"[^\"]+\"")
                .doesNotContain("用户名或密码不正确");

        String english = mvc.perform(get("/login").param("lang", "en").param("error", ""))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english).contains("<html lang=\"en\">", "User name", "The user name or password is not right.");
    }

    @Test
    void aWrongPasswordOnTheFormComesBackToTheSignInPageAndARightOneSignsIn() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "wrong")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "correct horse")
                        .with(csrf()))
                .andExpect(redirectedUrl("/console/"));
    }

    @Test
    void anApiKeyInTheHeaderSignsIn(CapturedOutput output) throws Exception {
        String body = mvc.perform(get("/api/v1/runs").header("X-API-Key", API_KEY))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list(body)).isNotEmpty();

        String refused = mvc.perform(get("/api/v1/runs").header("X-API-Key", API_KEY + "x"))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/api/v1/runs").header("X-API-Key", "")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/runs")).andExpect(status().isUnauthorized());
        // only the API takes a key: the metrics need a user
        mvc.perform(get("/actuator/metrics").header("X-API-Key", API_KEY)).andExpect(status().isUnauthorized());
        // health stays open, a stray key does not matter there (503: the fake crm connector is DOWN)
        mvc.perform(get("/actuator/health").header("X-API-Key", "wrong"))
                .andExpect(jsonPath("$.components.connectors").exists());

        assertThat(body + refused).doesNotContain(API_KEY);
        assertThat(output.getAll()).contains("API keys: [ci]").doesNotContain(API_KEY);
    }

    @Test
    void theOpenApiDescriptionListsTheApiAndBothWaysToSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        String body = mvc.perform(get("/v3/api-docs").header("X-API-Key", API_KEY))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Map<String, Object> docs = json.readValue(body, Map.class);
        assertThat((Map<String, Object>) docs.get("paths"))
                .containsKeys(
                        "/api/v1/connectors",
                        "/api/v1/connectors/{name}",
                        "/api/v1/connectors/{name}/cursors/{stream}",
                        "/api/v1/runs",
                        "/api/v1/runs/{id}",
                        "/api/v1/periods",
                        "/api/v1/scorecards",
                        "/api/v1/managers",
                        "/api/v1/managers/{manager}/scorecards",
                        "/api/v1/alerts",
                        "/api/v1/rejects")
                .allSatisfy((path, operations) -> assertThat(path).startsWith("/api/"));
        Map<String, Object> components = java.util.Objects.requireNonNull((Map<String, Object>) docs.get("components"));
        Map<String, Object> schemes =
                java.util.Objects.requireNonNull((Map<String, Object>) components.get("securitySchemes"));
        assertThat((Map<String, Object>) schemes.get("basic"))
                .containsEntry("type", "http")
                .containsEntry("scheme", "basic");
        assertThat((Map<String, Object>) schemes.get("apiKey"))
                .containsEntry("type", "apiKey")
                .containsEntry("in", "header")
                .containsEntry("name", "X-API-Key");
        assertThat((List<Object>) docs.get("security")).hasSize(2);
    }

    @Test
    void healthIsOpenAndHasAnIndicatorPerConnector() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.connectors.components.samples.status")
                        .value("UP"))
                .andExpect(jsonPath("$.components.connectors.components.crm.status")
                        .value("DOWN"));
    }

    @Test
    void connectorsShowStatusRunsAndCursorsButNeverSettings() throws Exception {
        String body = body("/api/v1/connectors");

        assertThat(body).doesNotContain("TOPSECRET-4711").doesNotContain("../samples");
        List<Map<String, Object>> connectors = list(body);
        assertThat(connectors).extracting(c -> c.get("name")).containsExactly("crm", "results", "samples");
        Map<String, Object> samples = connectors.get(2);
        assertThat(samples)
                .containsEntry("type", "csv")
                .containsEntry("health", "UP")
                .containsKey("nextRun");
        assertThat((Map<String, Object>) samples.get("cursors")).containsKeys("MANAGERS", "DEALS");
        assertThat((Map<String, Object>) samples.get("lastRun")).containsEntry("status", "SUCCEEDED");
        assertThat(connectors.get(0)).containsEntry("health", "DOWN");
        assertThat((List<Object>) connectors.get(0).get("healthDetails"))
                .containsExactly("api-key: the CRM refused the key");
    }

    @Test
    void anUnknownConnectorIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/connectors/nobody").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void aCursorCanBeReset() throws Exception {
        mvc.perform(delete("/api/v1/connectors/samples/cursors/targets").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reset").value(true));

        assertThat((Map<String, Object>) json.readValue(body("/api/v1/connectors/samples?check=false"), Map.class)
                        .get("cursors"))
                .doesNotContainKey("TARGETS");
        mvc.perform(delete("/api/v1/connectors/samples/cursors/orders").with(ADMIN))
                .andExpect(status().isBadRequest());
    }

    @Test
    void scorecardsComeByPeriodAndTeamWithExplanations() throws Exception {
        List<String> periods = json.readValue(body("/api/v1/periods"), new TypeReference<>() {});
        assertThat(periods).isNotEmpty().isSorted();
        String period = periods.get(periods.size() - 2);

        List<Map<String, Object>> all = list(body("/api/v1/scorecards?period=" + period));
        assertThat(all).isNotEmpty().allSatisfy(s -> {
            assertThat(s).containsEntry("period", period).containsKeys("rating", "rank", "bonus", "score");
            assertThat((Map<String, Object>) s.get("explanations")).isNotEmpty();
        });
        String team = all.stream()
                .map(s -> (String) s.get("team"))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow();
        String ofTeamBody = mvc.perform(get("/api/v1/scorecards")
                        .param("period", period)
                        .param("team", team)
                        .with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> ofTeam = list(ofTeamBody);
        assertThat(ofTeam).isNotEmpty().allSatisfy(s -> assertThat(s).containsEntry("team", team));
        assertThat(ofTeam)
                .extracting(s -> ((Number) java.util.Objects.requireNonNull(s.get("rank"))).intValue())
                .isSorted();
    }

    @Test
    void aManagersTrendRunsOverEveryPeriod() throws Exception {
        List<Map<String, Object>> managers = list(body("/api/v1/managers"));
        String id = (String) managers.get(0).get("id");

        List<Map<String, Object>> trend = list(body("/api/v1/managers/" + id + "/scorecards"));

        List<String> periods = json.readValue(body("/api/v1/periods"), new TypeReference<>() {});
        assertThat(trend).extracting(s -> s.get("period")).containsExactlyElementsOf(periods);
        mvc.perform(get("/api/v1/managers/nobody/scorecards").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void alertsFilterByTypeAndSeverity() throws Exception {
        List<Map<String, Object>> all = list(body("/api/v1/alerts"));
        assertThat(all).isNotEmpty();
        String type = (String) all.get(0).get("type");

        assertThat(list(body("/api/v1/alerts?type=" + type))).isNotEmpty().allSatisfy(a -> assertThat(a)
                .containsEntry("type", type));
        assertThat(list(body("/api/v1/alerts?severity=high")))
                .allSatisfy(a -> assertThat(a).containsEntry("severity", "HIGH"));
        assertThat(list(body("/api/v1/alerts?type=NO_SUCH_TYPE"))).isEmpty();
    }

    @Test
    void aRunCanBeStartedAndShowsInTheHistory(CapturedOutput output) throws Exception {
        String body = mvc.perform(post("/api/v1/runs")
                        .param("wait", "true")
                        .param("asOf", "2026-11-15T12:00:00+08:00")
                        .with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> run = json.readValue(body, Map.class);
        assertThat(run.get("status")).isEqualTo("SUCCEEDED");
        assertThat(run.get("trigger")).isEqualTo("api");
        // the default log pattern prints the run id on every line of the run
        assertThat(output.getOut()).contains("[run=" + run.get("id") + "]");

        List<Map<String, Object>> runs = list(body("/api/v1/runs"));
        assertThat(runs.get(0).get("id")).isEqualTo(run.get("id"));
        mvc.perform(post("/api/v1/runs?asOf=yesterday").with(ADMIN)).andExpect(status().isBadRequest());
    }

    @Test
    void rejectsAreListed() throws Exception {
        assertThat(list(body("/api/v1/rejects?connector=samples"))).isNotNull();
    }
}
