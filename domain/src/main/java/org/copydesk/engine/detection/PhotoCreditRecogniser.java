package org.copydesk.engine.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.SourceKind;

/**
 * Picture credits: "(Photo via AFP)", "(Photo by EPA)", "(Photo: Reuters)", "(Image courtesy of
 * X)", "(AFP photo)", "Photo: Reuters", "Photo credit: AP" — the shapes the importer files as
 * captions. The source is whoever the credit names, as {@link SourceKind#PHOTO_AGENCY} (a
 * photographer named in a credit counts too: the registry keeps agency and freelancer alike).
 *
 * <p>The credit vouches for the picture, so the claim is the caption it belongs to: the sentence
 * it stands in, less the credit, or the sentence before it in the block when the credit stands
 * alone ("North Korea’s ballistic missiles are being displayed… (Photo via AFP)"), or the credit
 * itself when the block holds nothing else.
 *
 * <p>Works on the whole block, not on sentences, so a credit the sentence splitter cut in two is
 * still one credit.
 */
final class PhotoCreditRecogniser {

    private static final String PICTURE = "(?:photo(?:graph)?|image|picture)s?";

    private static final Pattern CREDIT = Pattern.compile(
            "\\(\\s*(?:file\\s+)?" + PICTURE + "\\s*(?::|\\b(?:via|by|courtesy(?:\\s+of)?|credit:?)\\b)\\s*"
                    + "(?<name>[^()]+?)\\s*\\)"
                    + "|\\(\\s*(?<before>(?-i:\\p{Lu}[^\\s()]*(?:\\s+\\p{Lu}[^\\s()]*){0,3}))\\s+(?:file\\s+)?"
                    + "(?:photo|image|picture)s?\\s*\\)"
                    + "|(?<=^|\\s)" + PICTURE
                    + "(?:\\s+credit)?\\s*:\\s*(?<after>(?-i:\\p{Lu})[^.;()\\n]*?)\\s*(?=$|[.;\\n])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    List<Located> find(String blockText, List<Sentence> sentences) {
        List<Located> found = new ArrayList<>();
        Matcher m = CREDIT.matcher(blockText);
        while (m.find()) {
            String group = m.group("name") != null ? "name" : m.group("before") != null ? "before" : "after";
            String name = m.group(group).strip();
            int sentence = sentenceAt(sentences, m.start());
            if (sentence < 0 || name.isEmpty()) {
                continue;
            }
            Speaker agency = new Speaker(name, SourceKind.PHOTO_AGENCY, null, false, false);
            String claim = claim(blockText, sentences, sentence, m.start(), m.end());
            found.add(new Located(
                    sentence,
                    new Candidate(
                            m.start(), m.end(), Cue.PHOTO_CREDIT, agency, null, Candidate.Strength.CREDIT, claim)));
        }
        return found;
    }

    private static String claim(String text, List<Sentence> sentences, int index, int start, int end) {
        Sentence s = sentences.get(index);
        String rest = (text.substring(s.start(), Math.max(s.start(), start)) + " "
                        + text.substring(Math.min(s.end(), end), s.end()))
                .strip();
        if (rest.codePoints().anyMatch(Character::isLetter)) {
            return rest.replaceAll("\\s+", " ");
        }
        if (index > 0) {
            return sentences.get(index - 1).text();
        }
        return text.substring(start, end);
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset < sentences.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** A credit and the index of the sentence it starts in. */
    record Located(int sentence, Candidate candidate) {}
}
