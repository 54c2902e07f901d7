package org.copydesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.copydesk.application.UserService;
import org.copydesk.domain.user.Role;

/** Checks usernames and passwords against the users table; a user's roles become their groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    UserService users;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return users.verify(login.getCaller(), login.getPasswordAsString())
                .map(actor -> new CredentialValidationResult(
                        actor.username(), actor.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
