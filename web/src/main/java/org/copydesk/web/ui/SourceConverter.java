package org.copydesk.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.copydesk.application.NotFoundException;
import org.copydesk.application.SourceView;
import org.copydesk.application.SourcingService;

/** Turns a source picked in an autocomplete into its id and back. */
@ApplicationScoped
@FacesConverter(value = "sourceConverter", managed = true)
public class SourceConverter implements Converter<SourceView> {

    @Inject
    SourcingService sourcing;

    @Override
    public SourceView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return sourcing.source(Long.parseLong(value));
        } catch (NumberFormatException | NotFoundException e) {
            throw new ConverterException("Pick a source from the list.");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, SourceView value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
