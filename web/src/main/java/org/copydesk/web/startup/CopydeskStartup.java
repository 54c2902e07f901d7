package org.copydesk.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.copydesk.application.SeedService;
import org.copydesk.application.UserService;
import org.copydesk.persistence.DatabaseMigrator;
import org.copydesk.persistence.LostRaces;
import org.copydesk.web.Settings;

/**
 * Runs before the application takes requests: migrates the schema with Flyway, then, on the embedded
 * H2 default only, creates the demo users and imports the seed story into an empty newsroom; on any
 * database, creates the accounts of the provisioning file when one is named. Flyway manages its own transactions, so this runs outside one.
 */
@jakarta.ejb.Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CopydeskStartup {

    private static final Logger LOG = Logger.getLogger(CopydeskStartup.class.getName());
    static final String SEED = "/seed/russia-troops-north-korea.txt";

    @Inject
    DatabaseMigrator migrator;

    @Inject
    SeedService seed;

    @Inject
    UserService users;

    @Inject
    org.copydesk.application.CopyCheckEngine copyCheck;

    @PostConstruct
    void start() {
        migrator.migrate();
        // LanguageTool takes seconds to build; it is built in the background now, not by the first story
        // that reaches the copy desk (whose move would wait for it).
        copyCheck.warmUp();
        // Demo users and the demo story only with the embedded H2 default, never on a production database.
        boolean demo = migrator.isEmbeddedH2() && Boolean.parseBoolean(System.getProperty("copydesk.demo", "true"));
        if (demo) {
            users.ensureDemoUsers();
        }
        provisionAccounts();
        // The sample story goes with the demo users; -Dcopydesk.seed=true imports it on any database (into an
        // empty newsroom, as the account "reporter", which must exist): the PostgreSQL test runs' fixture.
        if (Boolean.parseBoolean(System.getProperty("copydesk.seed", String.valueOf(demo)))) {
            seed.seedIfEmpty(seedText());
        }
        LOG.info("Copydesk is ready at http://localhost:${port}/copydesk/"
                .replace("${port}", String.valueOf(8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))));
    }

    /**
     * The first accounts of a production database: the file named by {@code copydesk.users.file} (or
     * {@code COPYDESK_USERS_FILE}), one account per line (see {@link UserService#provision(String)}).
     * Accounts that exist are left as they are, so the file can stay in place across restarts.
     */
    private void provisionAccounts() {
        String file = Settings.get("copydesk.users.file", "COPYDESK_USERS_FILE");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            String accounts = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            List<String> created;
            try {
                created = users.provision(accounts);
            } catch (RuntimeException e) {
                if (!LostRaces.uniqueKeyTaken(e)) {
                    throw e;
                }
                // Cluster nodes starting together on a new database: another node created the same account
                // first. Once more: now the accounts exist and are left as they are.
                created = users.provision(accounts);
            }
            List<String> done = created;
            LOG.info(() -> "Accounts from " + file + ": " + (done.isEmpty() ? "none new" : "created " + done));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the accounts file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The accounts file " + file + " is not valid, " + e.getMessage(), e);
        }
    }

    private static String seedText() {
        try (InputStream in = SeedService.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("The seed story " + SEED + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
