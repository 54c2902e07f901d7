package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.audit.AuditEntry;
import org.copydesk.application.audit.AuditService;
import org.copydesk.application.audit.AuditTrail;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.web.security.CurrentUser;

/** The printable audit record of one story ({@code desk/audit.xhtml?id=}). */
@Named
@RequestScoped
public class AuditBean {

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    private Long id;
    private AuditTrail trail;

    public void load() {
        if (id == null) {
            DeskErrors.noSuchStory(null);
            return;
        }
        try {
            trail = audit.trail(id, user.actor());
        } catch (NotFoundException e) {
            DeskErrors.noSuchStory(String.valueOf(id));
        } catch (NotPermittedException e) {
            DeskErrors.forbidden(e.getMessage());
        }
    }

    /** A kind as words: CORRECTION_APPLIED → "correction applied". */
    public String kind(AuditEntry entry) {
        return entry.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public java.util.List<Map.Entry<String, String>> details(AuditEntry entry) {
        return java.util.List.copyOf(entry.details().entrySet());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AuditTrail getTrail() {
        return trail;
    }
}
