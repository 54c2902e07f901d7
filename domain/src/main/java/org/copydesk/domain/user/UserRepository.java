package org.copydesk.domain.user;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<User> findByUsername(String username);

    User store(User user);

    List<User> all();

    long count();

    /** Users in username order, a page at a time. */
    List<User> page(int offset, int limit);

    /** How many enabled users hold the ADMIN role. */
    long countEnabledAdmins();

    /**
     * Locks the rows of the users holding the ADMIN role until the transaction ends, so that two administrators
     * taking the role from each other at once are counted one after the other, not both against the same count.
     */
    void lockAdministrators();
}
