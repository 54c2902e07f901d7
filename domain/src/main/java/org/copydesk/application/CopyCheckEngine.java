package org.copydesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.domain.story.Block;
import org.copydesk.engine.copycheck.CopyChecker;
import org.copydesk.engine.copycheck.Finding;
import org.copydesk.engine.copycheck.Gazetteer;
import org.copydesk.engine.copycheck.KnownNames;

/**
 * The one shared, warmed copy checker (LanguageTool plus our name rule). It is built in the background
 * when the application starts (CopydeskStartup), so deployment does not wait for LanguageTool; the first
 * check waits for it if it is not ready yet.
 */
@ApplicationScoped
public class CopyCheckEngine {

    private static final Logger LOG = Logger.getLogger(CopyCheckEngine.class.getName());

    /** The container's executor: its threads carry the application's class loader and context. */
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private volatile CompletableFuture<CopyChecker> checker;

    /** Per story, the newest text waiting to be {@linkplain #prepare prepared}: at most one task a story. */
    private final Map<Long, Text> preparing = new ConcurrentHashMap<>();

    private record Text(List<Block> blocks, String headline) {}

    /** Starts building the checker, once. */
    public synchronized void warmUp() {
        if (checker == null) {
            checker = CompletableFuture.supplyAsync(
                    () -> {
                        long start = System.nanoTime();
                        CopyChecker built = CopyChecker.create(Gazetteer.shipped(), executor);
                        LOG.info(() -> "Copy checker ready in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                        return built;
                    },
                    executor);
        }
    }

    /**
     * Checks a story's text in the background and forgets the answer: LanguageTool's sentence cache then
     * holds it, so the check made when the story reaches the copy desk costs only the sentences changed
     * since (measured on the seed: about 0.5 to 1 s for a text never seen, some 20 ms for a known one),
     * and the move that takes it there does not wait on LanguageTool. Only the newest text of a story
     * waits; a text saved again before its turn replaces it. Findings are made by {@link #check} only.
     */
    public void prepare(long storyId, List<Block> blocks, String headline) {
        List<Block> copy = blocks.stream()
                .map(b -> new Block(b.key(), b.type(), b.text(), List.of(), b.mediaId(), b.alt()))
                .toList();
        if (preparing.put(storyId, new Text(copy, headline)) == null) {
            warmUp();
            executor.execute(() -> {
                Text text = preparing.remove(storyId);
                if (text != null) {
                    try {
                        checker.join().check(text.blocks(), text.headline(), KnownNames.none());
                    } catch (RuntimeException e) {
                        LOG.log(Level.FINE, "Preparing the copy check of story " + storyId + " failed", e);
                    }
                }
            });
        }
    }

    public List<Finding> check(List<Block> blocks, String headline, KnownNames names) {
        warmUp();
        return checker.join().check(blocks, headline, names);
    }
}
