package org.copydesk.it.api;

import org.copydesk.it.Api;
import org.copydesk.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every API test shares: the shared deployment, run as a client, and a signed-in client per demo role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ApiTest {

    protected final Api reporter = Api.as("reporter");
    protected final Api editor = Api.as("editor");
    protected final Api copyEditor = Api.as("copyeditor");
    protected final Api admin = Api.as("admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.asBuilt();
    }
}
