package org.copydesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.user.Role;
import org.junit.jupiter.api.Test;

/** The identity provider's groups as Copydesk roles. */
class ProviderRolesTest {

    private static Set<String> values(String... v) {
        return new LinkedHashSet<>(List.of(v));
    }

    @Test
    void aValueThatNamesARoleIsThatRoleWhateverItsCaseOrPrefix() {
        assertEquals(
                EnumSet.of(Role.REPORTER, Role.EDITOR, Role.COPY_EDITOR, Role.ADMIN),
                ProviderRoles.roles(values("Reporter", "copydesk-editor", "copy-editor", "COPYDESK_ADMIN"), Map.of()));
        assertEquals(EnumSet.of(Role.COPY_EDITOR), ProviderRoles.roles(values("copyeditor"), Map.of()));
        assertEquals(EnumSet.of(Role.COPY_EDITOR), ProviderRoles.roles(values("copy editor"), Map.of()));
    }

    @Test
    void otherValuesCountOnlyWhenTheNewsroomMapsThem() {
        Map<String, Role> mapped = ProviderRoles.parse(" Newsroom-Subs = COPY_EDITOR , desk-chiefs=editor,");
        assertEquals(
                EnumSet.of(Role.COPY_EDITOR, Role.EDITOR),
                ProviderRoles.roles(values("newsroom-subs", "DESK-CHIEFS", "newsroom-all"), mapped));
        assertTrue(ProviderRoles.roles(values("newsroom-all", "staff", "editors"), mapped)
                .isEmpty());
        assertTrue(ProviderRoles.roles(null, mapped).isEmpty());
        assertTrue(ProviderRoles.parse("  ").isEmpty());
    }

    @Test
    void aWrongMappingIsAnErrorThatSaysWhat() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProviderRoles.parse("subs=SUB_EDITOR"))
                .getMessage()
                .contains("\"SUB_EDITOR\" is not a Copydesk role"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProviderRoles.parse("subs"))
                .getMessage()
                .contains("value=ROLE"));
        assertThrows(IllegalArgumentException.class, () -> ProviderRoles.parse("=EDITOR"));
    }
}
