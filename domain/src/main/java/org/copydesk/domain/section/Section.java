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
@NamedQuery(name = "Section.names", query = "select s.name from Section s order by s.position, s.name")
public class Section {

    @Id
    @SequenceGenerator(name = "section_seq", sequenceName = "section_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String name;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Section() {
        // for JPA
    }

    public Section(String name, int position) {
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new IllegalArgumentException("a section name is 1 to 60 characters");
        }
        this.name = name.strip();
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
