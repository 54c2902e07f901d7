package org.copydesk.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Servers that tests start themselves, beside the one Arquillian manages (the crash test kills one, the
 * cluster test runs three): each on a fresh copy of the provisioned configuration, started by the dist's
 * {@code standalone.sh} with its output in {@code console.log}.
 */
public final class ServerCopies {

    private ServerCopies() {}

    private static Path home() {
        return Path.of(System.getProperty("jboss.home"));
    }

    /**
     * A fresh server base directory beside the provisioned server ({@code ear/target/<dir>}): its
     * configuration copied (without the history of earlier boots), an empty {@code deployments/}, and the
     * EAR the build produced in it when {@code deploy}.
     */
    public static Path prepare(String dir, boolean deploy) throws IOException {
        Path target = home().getParent().resolve(dir);
        if (Files.exists(target)) {
            try (Stream<Path> files = Files.walk(target)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path configuration = home().resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path p : files.filter(p -> !p.toString().contains("standalone_xml_history"))
                    .toList()) {
                Path to = target.resolve("configuration")
                        .resolve(configuration.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(target.resolve("deployments"));
        if (deploy) {
            Files.copy(Path.of(System.getProperty("copydesk.ear")), target.resolve("deployments/copydesk.ear"));
        }
        return target;
    }

    /** Starts {@code standalone.sh -c config} on a base directory from {@link #prepare} with a port offset. */
    public static Process start(Path base, String config, int offset, String javaOpts, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                home().resolve("bin/standalone.sh").toString(),
                "-c",
                config,
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        builder.environment().put("JAVA_OPTS", javaOpts);
        return builder.start();
    }
}
