package org.copydesk.it.shared;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.StringAsset;

/**
 * Deploys a shared test deployment once per server instead of once per test class. Arquillian deploys each
 * class's {@code @Deployment} before the class and undeploys it after; for the copydesk EAR that is 8–10 s a
 * class (Flyway's validation, LanguageTool, Faces and Weld start again), about 24 times per suite run.
 *
 * <p>A deployment counts as shared when its archive carries {@link #MARKER}; its text says what the archive
 * holds (see {@code Deployments.asBuilt()} and {@code withTests()}). The first shared deployment is deployed
 * as usual. A later class
 * whose shared deployment has the same marker text gets the deployment that is already there: its
 * {@link Deployment} is marked deployed and given the protocol metadata of the first (URLs for
 * {@code @ArquillianResource}, the JMX connection for tests that run inside the server), and nothing is sent
 * to the server. Undeploying a shared deployment after a class is skipped; it is undeployed when a
 * different deployment needs the server, and before the server stops. Anything without the marker goes
 * through untouched.
 *
 * <p>Runs inside the deployment context that {@code ContainerDeploymentContextHandler} activates around
 * every deployment event (precedence below its default 0), so the deployment-scoped values set here are the
 * ones the test enrichers read.
 */
public class SharedDeployment {

    /** The archive path whose presence makes a deployment shared, and whose text is its identity. */
    public static final String MARKER = "META-INF/copydesk-shared-deployment.txt";

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    /** What is deployed now: one server per Failsafe run, so one at most. */
    private Deployed current;

    private record Deployed(
            String identity, DeployableContainer<?> container, Archive<?> archive, ProtocolMetaData metaData) {}

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    private Instance<ProtocolMetaData> deployedMetaData;

    /** The marker text of an archive, or null when it is not a shared deployment. */
    public static String identity(Archive<?> archive) {
        Node marker = archive == null ? null : archive.get(MARKER);
        if (marker == null || marker.getAsset() == null) {
            return null;
        }
        return marker.getAsset() instanceof StringAsset s ? s.getSource() : MARKER + "@" + archive.getName();
    }

    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        Deployment requested = event.getDeployment();
        DeploymentDescription requestedDescription = requested.getDescription();
        String identity =
                requestedDescription.isArchiveDeployment() ? identity(requestedDescription.getArchive()) : null;
        if (identity != null
                && current != null
                && current.identity().equals(identity)
                && current.container() == event.getDeployableContainer()) {
            // Already on the server: give this class's deployment what the first deploy produced.
            description.set(requestedDescription);
            deployment.set(requested);
            protocolMetaData.set(current.metaData());
            requested.deployed();
            LOG.fine(() -> "Reusing the shared deployment " + requestedDescription.getName());
            return;
        }
        undeployCurrent();
        context.proceed();
        if (identity != null && requested.isDeployed()) {
            Archive<?> sent = requestedDescription.getTestableArchive() != null
                    ? requestedDescription.getTestableArchive()
                    : requestedDescription.getArchive();
            current = new Deployed(identity, event.getDeployableContainer(), sent, deployedMetaData.get());
            LOG.info(() -> "Deployed " + sent.getName() + " once for every test class that shares it");
        }
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        Deployment deployed = context.getEvent().getDeployment();
        String identity = deployed.getDescription().isArchiveDeployment()
                ? identity(deployed.getDescription().getArchive())
                : null;
        if (identity != null && current != null && current.identity().equals(identity)) {
            deployed.undeployed(); // this class is done with it; the server keeps it for the next class
            return;
        }
        context.proceed();
    }

    public void beforeStop(@Observes BeforeStop event) throws Exception {
        undeployCurrent();
    }

    private void undeployCurrent() throws Exception {
        Deployed d = current;
        current = null;
        if (d != null) {
            d.container().undeploy(d.archive());
        }
    }
}
