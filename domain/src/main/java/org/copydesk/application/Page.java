package org.copydesk.application;

import java.util.List;

/**
 * One page of a list, with the total the store counted. Pages count from 0; {@code next} is the number of the
 * page to ask for next, or null on the last page (derived, whatever is passed for it).
 */
public record Page<T>(List<T> items, long total, int page, int size, Integer next) {

    public static final int MAX_SIZE = 100;

    public Page {
        items = List.copyOf(items);
        next = (long) (page + 1) * size < total ? page + 1 : null;
    }

    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, null);
    }

    /** A page request checked against the limits: size 1..100, page ≥ 0. */
    public static int offset(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        return Math.multiplyExact(page, size);
    }
}
