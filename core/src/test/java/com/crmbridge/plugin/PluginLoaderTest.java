package com.crmbridge.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.SettingsSpec;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins built at test time: {@code alpha} (a folder of its jar and library 1) and {@code beta} (one shaded jar
 * with library 2) share the library's class name but not its behaviour, and the application's own class loader
 * holds library 0. Next to them lie broken plugins, each of which must be reported while the others load.
 */
class PluginLoaderTest {
    private static Path work;
    private static Path plugins;
    private static URLClassLoader application;
    private static LoadedPlugins loaded;

    @BeforeAll
    static void buildPluginsAndLoad(@TempDir Path temp) throws Exception {
        work = temp;
        PluginJars build = new PluginJars(work.resolve("build"));
        plugins = Files.createDirectories(work.resolve("plugins"));
        Path lib0 = PluginJars.jar(
                work.resolve("lib/greeting-0.jar"), List.of(build.compile(PluginJars.greeting("v0"))), List.of());
        Path lib1 = PluginJars.jar(
                plugins.resolve("alpha/greeting-1.0.jar"),
                List.of(build.compile(PluginJars.greeting("v1"))),
                List.of());
        Path lib2 = build.compile(PluginJars.greeting("v2"));

        PluginJars.jar(
                plugins.resolve("alpha/alpha-connector.jar"),
                List.of(build.compile(provider("com.acme.alpha.AlphaProvider", "alpha"), lib1)),
                List.of("com.acme.alpha.AlphaProvider"));
        PluginJars.jar(
                plugins.resolve("beta-connector.jar"),
                List.of(build.compile(provider("com.acme.beta.BetaProvider", "beta"), lib0), lib2),
                List.of("com.acme.beta.BetaProvider"));

        PluginJars.jar(plugins.resolve("empty.jar"), List.of(lib2), List.of());
        Map<String, String> future = new HashMap<>(
                PluginJars.provider("com.acme.future.FutureProvider", "future", "SpiVersion.MAJOR + 1", ""));
        PluginJars.jar(
                plugins.resolve("future.jar"),
                List.of(build.compile(future, lib0), lib2),
                List.of("com.acme.future.FutureProvider"));
        PluginJars.jar(
                plugins.resolve("throwing.jar"),
                List.of(
                        build.compile(
                                PluginJars.provider(
                                        "com.acme.throwing.ThrowingProvider",
                                        "throwing",
                                        "SpiVersion.MAJOR",
                                        "if (true) throw new IllegalStateException(\"licence file missing\");"),
                                lib0),
                        lib2),
                List.of("com.acme.throwing.ThrowingProvider"));
        PluginJars.jar(
                plugins.resolve("alpha-copy.jar"),
                List.of(build.compile(provider("com.acme.copy.AlphaCopyProvider", "alpha"), lib0), lib2),
                List.of("com.acme.copy.AlphaCopyProvider"));
        PluginJars.jar(
                plugins.resolve("built-in-clash.jar"),
                List.of(build.compile(provider("com.acme.clash.ClashProvider", "built-in-test"), lib0), lib2),
                List.of("com.acme.clash.ClashProvider"));
        PluginJars.jar(plugins.resolve("missing-class.jar"), List.of(lib2), List.of("com.acme.gone.GoneProvider"));
        Files.createDirectories(plugins.resolve("no-jars"));
        Files.writeString(plugins.resolve("README.txt"), "not a plugin");

        application = new URLClassLoader(
                "application", new URL[] {lib0.toUri().toURL()}, PluginLoaderTest.class.getClassLoader());
        loaded = new PluginLoader(application, plugins).load();
    }

    @AfterAll
    static void close() throws IOException {
        loaded.close();
        application.close();
    }

    private static Map<String, String> provider(String className, String type) {
        return PluginJars.provider(className, type, "SpiVersion.MAJOR", "");
    }

    private static LoadedProvider loadedProvider(String type) {
        LoadedProvider provider = loaded.providers().get(type);
        assertThat(provider).as("provider %s among %s", type, loaded).isNotNull();
        return java.util.Objects.requireNonNull(provider);
    }

    private static String problemOf(String plugin) {
        List<PluginProblem> problems = loaded.problems().stream()
                .filter(p -> p.origin()
                        .path()
                        .map(path -> path.getFileName().toString().equals(plugin))
                        .orElse(false))
                .toList();
        assertThat(problems)
                .as("problems of %s among %s", plugin, loaded.problems())
                .hasSize(1);
        return problems.get(0).toString();
    }

    @Test
    void twoPluginsWithDifferentVersionsOfOneLibraryBothWork() throws Exception {
        ConnectorProvider alpha = loaded.provider("alpha").orElseThrow();
        ConnectorProvider beta = loaded.provider("beta").orElseThrow();

        assertThat(alpha.description()).isEqualTo("alpha on greeting v1");
        assertThat(beta.description()).isEqualTo("beta on greeting v2");
        Class<?> applicationGreeting = application.loadClass("com.acme.lib.Greeting");
        assertThat(applicationGreeting.getMethod("text").invoke(null)).isEqualTo("v0");
        try (Connector connector = alpha.create(context(), SettingsSpec.of().validate(Map.of()))) {
            assertThat(connector.check().details()).containsExactly("alpha is fine");
        }
    }

    @Test
    void pluginsShareTheSpiWithTheApplication() {
        LoadedProvider alpha = loadedProvider("alpha");

        assertThat(alpha.classLoader()).isNotSameAs(application);
        assertThat(alpha.classLoader().getParent()).isSameAs(application);
        assertThat(alpha.provider()).isInstanceOf(ConnectorProvider.class);
        assertThat(alpha.origin().toString()).isEqualTo("plugin alpha");
        assertThat(loadedProvider("beta").origin().toString()).isEqualTo("plugin beta-connector.jar");
    }

    @Test
    void builtInProvidersComeFromTheClassPath() {
        LoadedProvider builtIn = loadedProvider("built-in-test");

        assertThat(builtIn.origin().isBuiltIn()).isTrue();
        assertThat(builtIn.provider()).isInstanceOf(BuiltInTestProvider.class);
        assertThat(loaded.providers()).containsOnlyKeys("alpha", "beta", "built-in-test");
    }

    @Test
    void aPluginWithoutAProviderIsReportedByName() {
        assertThat(problemOf("empty.jar"))
                .isEqualTo("plugin empty.jar: holds no connector provider: list one in " + PluginJars.SERVICE_FILE);
    }

    @Test
    void aPluginBuiltForAnotherSpiMajorIsRefusedNamingBothVersions() {
        assertThat(problemOf("future.jar"))
                .isEqualTo("plugin future.jar: provider com.acme.future.FutureProvider (type future) was built for"
                        + " SPI major 2, but this CRM Bridge runs SPI major 1 (1.0); use a build of the plugin for"
                        + " SPI 1.x");
    }

    @Test
    void aProviderThatThrowsWhenInstantiatedIsReportedWithTheReason() {
        assertThat(problemOf("throwing.jar"))
                .isEqualTo("plugin throwing.jar: provider com.acme.throwing.ThrowingProvider failed to start:"
                        + " IllegalStateException: licence file missing");
    }

    @Test
    void aSecondProviderOfATypeIsRefusedNamingBoth() {
        assertThat(problemOf("alpha-copy.jar"))
                .isEqualTo("plugin alpha-copy.jar: provider com.acme.copy.AlphaCopyProvider claims the type 'alpha',"
                        + " which com.acme.alpha.AlphaProvider from the plugin alpha already has; remove one of them");
        assertThat(problemOf("built-in-clash.jar"))
                .contains("claims the type 'built-in-test', which com.crmbridge.plugin.BuiltInTestProvider from the"
                        + " class path already has");
    }

    @Test
    void aServiceFileNamingAMissingClassIsReported() {
        assertThat(problemOf("missing-class.jar"))
                .startsWith("plugin missing-class.jar: lists a provider that cannot be loaded:")
                .contains("com.acme.gone.GoneProvider");
    }

    @Test
    void aFolderWithoutJarsIsReported() {
        assertThat(problemOf("no-jars")).isEqualTo("plugin no-jars: cannot be read: the folder holds no jar");
    }

    @Test
    void everyBrokenPluginIsReportedOnceAndOtherFilesAreIgnored() {
        assertThat(loaded.problems()).hasSize(7);
    }

    @Test
    void aMissingPluginsDirectoryIsAProblemNotAFailure() {
        try (LoadedPlugins none = new PluginLoader(application, work.resolve("nowhere")).load()) {
            assertThat(none.providers()).containsOnlyKeys("built-in-test");
            assertThat(none.problems()).singleElement().asString().contains("is not a directory");
        }
    }

    @Test
    void withoutAPluginsDirectoryOnlyBuiltInsLoad() {
        try (LoadedPlugins builtIns = new PluginLoader(application, null).load()) {
            assertThat(builtIns.providers()).containsOnlyKeys("built-in-test");
            assertThat(builtIns.problems()).isEmpty();
        }
    }

    private static ConnectorContext context() {
        return new ConnectorContext() {
            @Override
            public String name() {
                return "plugin-test";
            }

            @Override
            public Clock clock() {
                return Clock.fixed(Instant.parse("2026-11-15T04:00:00Z"), ZoneOffset.UTC);
            }

            @Override
            public ZoneId zone() {
                return ZoneOffset.UTC;
            }

            @Override
            public ConnectorLog log() {
                return new ConnectorLog() {
                    @Override
                    public void debug(String message) {}

                    @Override
                    public void info(String message) {}

                    @Override
                    public void warn(String message) {}
                };
            }

            @Override
            public ConnectorMetrics metrics() {
                return (counter, amount) -> {};
            }
        };
    }
}
