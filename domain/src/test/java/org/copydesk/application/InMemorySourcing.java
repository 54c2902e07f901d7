package org.copydesk.application;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.domain.sourcing.Attribution;
import org.copydesk.domain.sourcing.AttributionRepository;
import org.copydesk.domain.sourcing.Source;
import org.copydesk.domain.sourcing.SourceRepository;
import org.copydesk.domain.sourcing.SourceUse;
import org.copydesk.domain.story.Story;
import org.copydesk.domain.story.StoryRepository;

/**
 * The sourcing services ({@link SourcingService}, {@link SourceRegistryService}) over repositories held in
 * memory, for tests of their rules without a database. There is no transaction to roll back: a step that is
 * refused must refuse before it changes anything, which is what such a test can check.
 */
final class InMemorySourcing {

    static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");

    final Sources sources = new Sources();
    final Attributions attributions = new Attributions();
    final SourcingService sourcing = new SourcingService();
    final SourceRegistryService registry = new SourceRegistryService();
    private long nextId = 1;

    InMemorySourcing(Story story) {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        StoryRepository stories = (StoryRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {StoryRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") || method.getName().equals("findForUpdate")) {
                        return story.getId().equals(args[0]) ? Optional.of(story) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        sourcing.sources = sources;
        sourcing.attributions = attributions;
        sourcing.stories = stories;
        sourcing.clock = clock;
        RegistryNames names = new RegistryNames();
        names.sources = sources;
        names.clock = clock;
        sourcing.registryChanged = HeardEvents.to(names::onChange);
        registry.registryChanged = HeardEvents.to(names::onChange);
        registry.sources = sources;
        registry.attributions = attributions;
        registry.clock = clock;
    }

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    final class Sources implements SourceRepository {
        final Map<Long, Source> all = new LinkedHashMap<>();

        @Override
        public Optional<Source> find(long id) {
            return Optional.ofNullable(all.get(id));
        }

        @Override
        public Optional<Source> findForUpdate(long id) {
            return find(id);
        }

        @Override
        public Source store(Source source) {
            if (source.getId() == null) {
                withId(source, nextId++);
            }
            all.put(source.getId(), source);
            return source;
        }

        @Override
        public void flush() {
            // nothing to write
        }

        @Override
        public List<Source> findByKey(String key) {
            return all.values().stream()
                    .filter(s -> s.getMergedInto() == null && s.answersTo(key))
                    .toList();
        }

        @Override
        public Map<String, List<Source>> findByKeys(Collection<String> keys) {
            Map<String, List<Source>> found = new HashMap<>();
            keys.forEach(k -> found.put(k, findByKey(k)));
            return found;
        }

        @Override
        public List<Source> search(String text, int offset, int limit) {
            throw new UnsupportedOperationException("search");
        }

        @Override
        public long count(String text) {
            throw new UnsupportedOperationException("count");
        }

        @Override
        public List<String> registryNames(int limit) {
            return all.values().stream()
                    .flatMap(s -> java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(s.getName()), s.getAliases().stream()))
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<Source> findAll(Collection<Long> ids) {
            return ids.stream().map(all::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public List<SourceUse> uses(long sourceId, int offset, int limit) {
            return List.of();
        }

        @Override
        public long countStories(long sourceId) {
            return attributions.linkedTo(sourceId).isEmpty() ? 0 : 1;
        }

        @Override
        public long countAttributions(long sourceId) {
            return attributions.linkedTo(sourceId).size();
        }
    }

    final class Attributions implements AttributionRepository {
        final Map<Long, Attribution> all = new LinkedHashMap<>();

        @Override
        public Optional<Attribution> find(long id) {
            return Optional.ofNullable(all.get(id));
        }

        @Override
        public Attribution store(Attribution attribution) {
            if (attribution.getId() == null) {
                withId(attribution, nextId++);
            }
            all.put(attribution.getId(), attribution);
            return attribution;
        }

        @Override
        public void remove(Attribution attribution) {
            all.remove(attribution.getId());
        }

        @Override
        public List<Attribution> ofStory(long storyId) {
            return all.values().stream()
                    .filter(a -> a.getStoryId() == storyId)
                    .sorted(Comparator.comparing(Attribution::getId))
                    .toList();
        }

        @Override
        public List<Attribution> linkedTo(long sourceId) {
            return new ArrayList<>(all.values().stream()
                    .filter(a -> a.getSourceId() != null && a.getSourceId() == sourceId)
                    .toList());
        }
    }
}
