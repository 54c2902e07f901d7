package org.copydesk.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one place that builds test deployments: always the real EAR the build produced. */
public final class Deployments {

    static final String WAR = "copydesk-web.war";

    private Deployments() {
    }

    /** The EAR exactly as built, for tests that talk to it over HTTP. */
    public static EnterpriseArchive ear() {
        String path = System.getProperty("copydesk.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("Build the EAR first (copydesk.ear=" + path + ")");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /** The real EAR with the given packages added to its WAR, for tests that run inside the server. */
    public static EnterpriseArchive earWithTests(Package... testPackages) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        for (Package p : testPackages) {
            war.addPackage(p);
        }
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }
}
