package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.copydesk.domain.copycheck.CopyChecker;
import org.copydesk.domain.copycheck.Finding;
import org.copydesk.domain.copycheck.Gazetteer;
import org.copydesk.domain.copycheck.KnownNames;
import org.copydesk.domain.story.Block;

/**
 * The one shared, warmed copy checker (LanguageTool plus our name rule). It is built in the background
 * when the application starts, so deployment does not wait for LanguageTool; the first check waits for
 * it if it is not ready yet.
 */
@ApplicationScoped
public class CopyCheckEngine {

    private static final Logger LOG = Logger.getLogger(CopyCheckEngine.class.getName());

    /** The container's executor: its threads carry the application's class loader and context. */
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private volatile CompletableFuture<CopyChecker> checker;

    /** Starts building the checker, once. */
    public synchronized void warmUp() {
        if (checker == null) {
            checker = CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                CopyChecker built = CopyChecker.create(Gazetteer.shipped());
                LOG.info(() -> "Copy checker ready in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                return built;
            }, executor);
        }
    }

    public List<Finding> check(List<Block> blocks, String headline, KnownNames names) {
        warmUp();
        return checker.join().check(blocks, headline, names);
    }
}
