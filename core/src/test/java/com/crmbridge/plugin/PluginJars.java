package com.crmbridge.plugin;

import com.crmbridge.spi.ConnectorProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds plugin jars at test time: compiles tiny sources against core and packs them with java.util.jar. */
final class PluginJars {
    static final String SERVICE_FILE = "META-INF/services/" + ConnectorProvider.class.getName();

    private final Path workDirectory;
    private int builds;

    PluginJars(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /**
     * Compiles the sources (by class name) against core and the given jars into a fresh folder.
     *
     * @throws AssertionError with the compiler's output when they do not compile
     */
    Path compile(Map<String, String> sources, Path... classPath) throws IOException {
        Path build = Files.createDirectories(workDirectory.resolve("build-" + ++builds));
        Path sourceRoot = Files.createDirectories(build.resolve("src"));
        Path classes = Files.createDirectories(build.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-proc:none"));
        List<String> path =
                new ArrayList<>(List.of(location(ConnectorProvider.class).toString()));
        for (Path jar : classPath) {
            path.add(jar.toString());
        }
        arguments.addAll(List.of("-classpath", String.join(java.io.File.pathSeparator, path)));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
        int status = compiler.run(null, output, output, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("test plugin sources do not compile:\n" + output.toString(StandardCharsets.UTF_8));
        }
        return classes;
    }

    /** Packs the class folders into a jar, listing the providers (if any) in the service file. */
    static Path jar(Path jar, List<Path> classFolders, List<String> providers) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Path folder : classFolders) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path classFile :
                            files.filter(Files::isRegularFile).sorted().toList()) {
                        out.putNextEntry(new JarEntry(
                                folder.relativize(classFile).toString().replace('\\', '/')));
                        out.write(Files.readAllBytes(classFile));
                        out.closeEntry();
                    }
                }
            }
            if (!providers.isEmpty()) {
                out.putNextEntry(new JarEntry(SERVICE_FILE));
                out.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("no file location for " + type, e));
        }
    }

    /** A library class whose behaviour tells its version apart. */
    static Map<String, String> greeting(String version) {
        return Map.of(
                "com.acme.lib.Greeting",
                """
                package com.acme.lib;

                public final class Greeting {
                    public static String text() {
                        return "%s";
                    }
                }
                """
                        .formatted(version));
    }

    /**
     * A provider class of the type; its description quotes the library's greeting, so a test can tell which
     * version of the library the plugin sees.
     *
     * @param major the SPI major it claims, as Java source ({@code SpiVersion.MAJOR})
     * @param constructorBody what its constructor does, as Java source
     */
    static Map<String, String> provider(String className, String type, String major, String constructorBody) {
        int dot = className.lastIndexOf('.');
        return Map.of(
                className,
                """
                package %s;

                import com.crmbridge.spi.*;

                public final class %s implements ConnectorProvider {
                    public %s() {
                        %s
                    }

                    public String type() {
                        return "%s";
                    }

                    public int spiMajorVersion() {
                        return %s;
                    }

                    public String description() {
                        return "%s on greeting " + com.acme.lib.Greeting.text();
                    }

                    public SettingsSpec settingsSpec() {
                        return SettingsSpec.of();
                    }

                    public Connector create(ConnectorContext context, Settings settings) {
                        return () -> CheckResult.ok("%s is fine");
                    }
                }
                """
                        .formatted(
                                className.substring(0, dot),
                                className.substring(dot + 1),
                                className.substring(dot + 1),
                                constructorBody,
                                type,
                                major,
                                type,
                                type));
    }
}
