package org.copydesk.web.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.copydesk.engine.importing.EditorHtml;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * What the writing surface posts is read into the model and written out again before anything else
 * sees it (EditorHtml): only paragraphs, subheadings, quotes, captions, lists, bold, italic and checked
 * links are left. So the surface is never shown HTML that the model would not hold, even when the form
 * comes back with an error. The component's own sanitizer ({@code secure}) is off: this is stricter.
 */
@FacesConverter("copydesk.surfaceHtml")
public class SurfaceHtmlConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            return EditorHtml.normalize(value);
        } catch (IllegalArgumentException tooLong) {
            // a block longer than a block may be: kept (cleaned) so that the save can say so and lose nothing
            return Jsoup.clean(value, Safelist.basic());
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
