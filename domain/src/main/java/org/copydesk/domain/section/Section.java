package org.copydesk.domain.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A section of the newsroom, e.g. "Asia-Pacific". */
@Entity
@Table(name = "section")
@NamedQuery(
        name = "Section.names",
        query = "select s.name from Section s where s.retired = false order by s.position, s.name")
@NamedQuery(name = "Section.all", query = "select s from Section s order by s.position, s.name")
public class Section {

    public static final int NAME_MAX = 60;

    @Id
    @SequenceGenerator(name = "section_seq", sequenceName = "section_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String name;

    @Column(nullable = false)
    private int position;

    /** Offered for no new story; stays on the stories filed in it, and its feed goes on. */
    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected Section() {
        // for JPA
    }

    public Section(String name, int position) {
        this.name = checked(name);
        this.position = position;
    }

    /** The name as a section keeps it: stripped, inner spaces single; refused when blank or too long. */
    public static String checked(String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new IllegalArgumentException("A section's name is 1 to " + NAME_MAX + " characters.");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    public void rename(String newName) {
        this.name = checked(newName);
    }

    public void retire() {
        this.retired = true;
    }

    public void restore() {
        this.retired = false;
    }

    public Long getId() {
        return id;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
