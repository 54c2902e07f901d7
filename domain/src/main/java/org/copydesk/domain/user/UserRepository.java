package org.copydesk.domain.user;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<User> findByUsername(String username);

    User store(User user);

    List<User> all();

    long count();
}
