package org.copydesk.domain.user;

import java.util.List;

/** The administrators' log: appended to, read newest first a page at a time. */
public interface AdminActionRepository {

    void record(AdminAction action);

    List<AdminAction> newest(int offset, int limit);

    long count();
}
