/**
 * Import of stories that arrive as plain text in the seed's shape: a category line, a headline, an
 * optional standfirst and blank-line separated blocks. {@link org.copydesk.engine.importing.StoryImporter}
 * splits the category line into sections, classifies each block (paragraph, subheading, caption,
 * quote), removes scrape debris and fingerprints the content so that a second import of the same
 * text can be recognised. Formatted documents are read into the same model with their bold, italic and
 * links: HTML by {@link org.copydesk.engine.importing.HtmlStoryReader}, Word (.docx) by
 * {@link org.copydesk.engine.importing.DocxStoryReader}. Nothing here touches persistence; the result is a
 * plain value.
 */
package org.copydesk.engine.importing;
