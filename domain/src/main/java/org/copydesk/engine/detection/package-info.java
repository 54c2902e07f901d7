/**
 * Proposing attributions from a story's text. {@link org.copydesk.engine.detection.AttributionDetector}
 * is the entry point; it returns {@link org.copydesk.domain.sourcing.DetectedAttribution}s
 * for an editor to link to sources in the registry.
 *
 * <p>Pure Java: no container annotations, no I/O beyond LanguageTool's bundled English resources.
 * The detector proposes; it never decides. Where the text leaves a choice open the decisions are
 * written on the class that makes them:
 * <ul>
 *   <li>which verbs report, and when a participle is an adjective ("five confirmed tests"), a name
 *       ("Said Ahmed") or passive; statements in writing and online ("wrote on X that", "posted on
 *       Facebook:"), "quoted by X as saying", "told Reuters" (the teller, not the outlet); asides
 *       between speaker and verb: {@link org.copydesk.engine.detection.ReportingVerbRecogniser};
 *   <li>bare hedges go to "unnamed reports" (MEDIA_REPORT), and "apparently" is always a hedge:
 *       {@link org.copydesk.engine.detection.HedgeRecogniser};
 *   <li>"according to a statement from X" is a DOCUMENT with X as its role; every unnamed person is
 *       ANONYMOUS; a lone capitalised word is an organisation unless the story named a person so;
 *       names, roles, kinds: {@link org.copydesk.engine.detection.Speakers}, which follows
 *       the kinds of the quality corpus's table (bench/quality/README.md);
 *   <li>which unknown words are common nouns, plural, mass nouns, participles or adjectives of a
 *       place: LanguageTool's English dictionary, {@link org.copydesk.engine.detection.WordClasses};
 *   <li>pronoun and surname follow-ups, and the people the story names in full:
 *       {@link org.copydesk.engine.detection.StoryMemory};
 *   <li>named sources outweigh footage, footage outweighs hedges, one proposal per source and sentence:
 *       {@link org.copydesk.engine.detection.AttributionDetector};
 *   <li>a credit's claim is its caption: {@link org.copydesk.engine.detection.PhotoCreditRecogniser}.
 * </ul>
 * No word list names a person, place or outlet of a particular story; places that stand for
 * governments come from the JDK's country and time-zone names.
 */
package org.copydesk.engine.detection;
