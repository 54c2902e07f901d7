package org.copydesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.copydesk.domain.story.Block;
import org.copydesk.domain.story.BlockType;
import org.junit.jupiter.api.Test;

/**
 * {@link CopyCheckEngine#prepare} queues at most one background check per story, and a text saved again
 * before its turn replaces the waiting one; the checker itself is not needed to show that.
 */
class CopyCheckEnginePrepareTest {

    private final Deque<Runnable> queued = new ArrayDeque<>();

    private CopyCheckEngine engine() {
        CopyCheckEngine engine = new CopyCheckEngine();
        engine.executor = (ManagedExecutorService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        queued.add((Runnable) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return engine;
    }

    private static List<Block> body(String text) {
        return List.of(new Block("b1", BlockType.PARAGRAPH, text));
    }

    @Test
    void oneWaitingTaskPerStoryHoweverOftenItIsSaved() throws Exception {
        CopyCheckEngine engine = engine();
        engine.prepare(1, body("First words."), "Headline");
        int afterFirst = queued.size(); // the checker's warm-up and story 1
        engine.prepare(1, body("Second words."), "Headline");
        engine.prepare(1, body("Third words."), "Headline");
        assertEquals(afterFirst, queued.size(), "saving again while waiting queues nothing more");

        engine.prepare(2, body("Another story."), "Other");
        assertEquals(afterFirst + 1, queued.size(), "another story has its own task");
    }

    @Test
    void aStoryIsPreparedAgainOnceItsTaskHasRun() throws Exception {
        CopyCheckEngine engine = engine();
        setReadyChecker(engine);
        engine.prepare(7, body("Words."), "Headline");
        assertEquals(1, queued.size());
        queued.poll().run(); // runs and forgets (the test checker is absent, which the task logs and survives)
        engine.prepare(7, body("Words, again."), "Headline");
        assertEquals(1, queued.size(), "after its run, a new save queues a new task");
    }

    /** A checker that is "ready" so no warm-up task is queued; a null checker makes the task's check fail softly. */
    private static void setReadyChecker(CopyCheckEngine engine) throws Exception {
        var field = CopyCheckEngine.class.getDeclaredField("checker");
        field.setAccessible(true);
        field.set(engine, CompletableFuture.completedFuture(null));
    }
}
