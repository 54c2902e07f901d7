package org.copydesk.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing an administrator did to an account (added it, changed its roles or name, disabled or enabled it,
 * reset its password) or to a section (added, renamed, retired, restored): who, when, to what, and what changed. Never changed or deleted; the admin log page lists
 * them newest first.
 */
@Entity
@Table(name = "admin_action")
public class AdminAction {

    public static final int DETAIL_MAX = 1000;

    /** What was done. */
    public enum Kind {
        USER_ADDED,
        USER_CHANGED,
        USER_DISABLED,
        USER_ENABLED,
        PASSWORD_RESET,
        SECTION_ADDED,
        SECTION_RENAMED,
        SECTION_RETIRED,
        SECTION_RESTORED
    }

    @Id
    @SequenceGenerator(name = "admin_action_seq", sequenceName = "admin_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_action_seq")
    private Long id;

    @Column(name = "acted_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(nullable = false, length = 30)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    /** The account's username, or the section's name. */
    @Column(nullable = false, length = 80)
    private String target;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected AdminAction() {
        // for JPA
    }

    public AdminAction(Instant at, String actor, Kind kind, String target, String detail) {
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.target = target;
        this.detail =
                detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
