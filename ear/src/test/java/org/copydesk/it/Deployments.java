package org.copydesk.it;

import java.io.File;
import org.copydesk.it.shared.SharedDeployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one place that builds test deployments: always the real EAR the build produced. */
public final class Deployments {

    static final String WAR = "copydesk-web.war";

    /** The packages of the tests that run inside the server (the rest run as clients, {@code @RunAsClient}). */
    private static final String[] IN_CONTAINER = {"org.copydesk.it.story", "org.copydesk.it.metrics"};

    private Deployments() {}

    /**
     * The EAR exactly as the build produced it, for the tests that talk to it over HTTP and through the
     * browser ({@code @Deployment(testable = false)}, so Arquillian adds nothing to it: the web module stays
     * distributable, as in production). Deployed once per server for all those classes
     * ({@link SharedDeployment}; the marker it carries is an extra text file in META-INF).
     */
    public static EnterpriseArchive asBuilt() {
        return shared(ear(), "as built");
    }

    /**
     * The EAR with the packages of the tests that run inside the server added to its web module, deployed
     * once for all of those classes. Failsafe runs the test classes in alphabetical order, so the in-container
     * ones (it.metrics, it.story) come after the client ones and the server switches deployments once.
     */
    public static EnterpriseArchive withTests() {
        return shared(earWithTests(IN_CONTAINER), "with tests: " + String.join(", ", IN_CONTAINER));
    }

    private static EnterpriseArchive shared(EnterpriseArchive ear, String kind) {
        File built = new File(System.getProperty("copydesk.ear"));
        String identity = "copydesk.ear " + built.length() + " bytes, modified " + built.lastModified() + ", " + kind;
        return ear.addAsManifestResource(
                new StringAsset(identity), SharedDeployment.MARKER.substring("META-INF/".length()));
    }

    /** The EAR exactly as built, for tests that talk to it over HTTP. */
    private static EnterpriseArchive ear() {
        String path = System.getProperty("copydesk.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("Build the EAR first (copydesk.ear=" + path + ")");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /** The real EAR with the given packages added to its WAR, for tests that run inside the server. */
    private static EnterpriseArchive earWithTests(String... testPackages) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addPackages(false, testPackages);
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }
}
