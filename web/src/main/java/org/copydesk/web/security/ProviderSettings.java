package org.copydesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.user.Role;
import org.copydesk.web.Settings;

/**
 * Sign-in with the newsroom's OpenID Connect provider (docs/people.md, "Sign-in with the newsroom's identity provider"),
 * set by the environment, not the build: it is on when {@code COPYDESK_OIDC_ISSUER} (or the system property
 * {@code copydesk.oidc.issuer}) names the provider. Jakarta Security's OpenID Connect mechanism runs the
 * protocol with these values; {@link CopydeskAuthenticationMechanism} hands it the sign-ins that start at
 * {@code /oidc/signin} and come back to {@code /oidc/callback}, and local accounts sign in as before.
 * <table>
 * <caption>Settings</caption>
 * <tr><td>COPYDESK_OIDC_ISSUER</td><td>the provider's issuer URL (its discovery document is read from there)</td></tr>
 * <tr><td>COPYDESK_OIDC_CLIENT_ID, COPYDESK_OIDC_CLIENT_SECRET</td><td>Copydesk's client at the provider</td></tr>
 * <tr><td>COPYDESK_OIDC_NAME_CLAIM</td><td>the claim that is the username (default preferred_username)</td></tr>
 * <tr><td>COPYDESK_OIDC_ROLES_CLAIM</td><td>the claim that lists the person's groups or roles (default groups)</td></tr>
 * <tr><td>COPYDESK_OIDC_ROLES</td><td>which of those values is which Copydesk role, e.g.
 *     {@code newsroom-editors=EDITOR,subs=COPY_EDITOR}; the roles' own names always count</td></tr>
 * <tr><td>COPYDESK_OIDC_LABEL</td><td>the provider's name on the sign-in button (default "the newsroom account")</td></tr>
 * </table>
 */
@ApplicationScoped
@Named("copydeskOidc")
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${copydeskOidc.issuer}",
        clientId = "${copydeskOidc.clientId}",
        clientSecret = "${copydeskOidc.clientSecret}",
        redirectURI = "${baseURL}" + CopydeskAuthenticationMechanism.PROVIDER_CALLBACK,
        redirectToOriginalResource = false,
        claimsDefinition =
                @ClaimsDefinition(
                        callerNameClaim = "${copydeskOidc.nameClaim}",
                        callerGroupsClaim = "${copydeskOidc.rolesClaim}"))
public class ProviderSettings {

    private final String issuer = Settings.get("copydesk.oidc.issuer", "COPYDESK_OIDC_ISSUER", "");
    private final String clientId = Settings.get("copydesk.oidc.client-id", "COPYDESK_OIDC_CLIENT_ID", "copydesk");
    private final String clientSecret = Settings.get("copydesk.oidc.client-secret", "COPYDESK_OIDC_CLIENT_SECRET", "");
    private final String nameClaim =
            Settings.get("copydesk.oidc.name-claim", "COPYDESK_OIDC_NAME_CLAIM", "preferred_username");
    private final String rolesClaim = Settings.get("copydesk.oidc.roles-claim", "COPYDESK_OIDC_ROLES_CLAIM", "groups");
    private final String label = Settings.get("copydesk.oidc.label", "COPYDESK_OIDC_LABEL", "the newsroom account");
    private final Map<String, Role> roles =
            ProviderRoles.parse(Settings.get("copydesk.oidc.roles", "COPYDESK_OIDC_ROLES", ""));

    /** Whether sign-in through the provider is offered at all. */
    public boolean isEnabled() {
        return !issuer.isBlank();
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getNameClaim() {
        return nameClaim;
    }

    public String getRolesClaim() {
        return rolesClaim;
    }

    public String getLabel() {
        return label;
    }

    /** The Copydesk roles the provider's values (of the roles claim) give. */
    public Set<Role> roles(Set<String> values) {
        return ProviderRoles.roles(values, roles);
    }
}
