package org.copydesk.engine.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a story's content: sections, headline, standfirst and block texts, each with its
 * whitespace collapsed to single spaces. Block kinds are left out, so that a change in how blocks
 * are classified does not make an old import look new. Each value is written with its length in
 * front, so no two different stories share the digested text.
 */
final class Fingerprint {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\h\\u200B\\uFEFF]+");

    private Fingerprint() {}

    static String of(List<String> sections, String headline, String standfirst, List<ImportedBlock> blocks) {
        StringBuilder content = new StringBuilder();
        append(content, "sections", sections.size());
        sections.forEach(section -> append(content, "section", section));
        append(content, "headline", headline);
        append(content, "standfirst", standfirst == null ? "" : standfirst);
        append(content, "blocks", blocks.size());
        blocks.forEach(block -> append(content, "block", block.text()));
        return sha256(content.toString());
    }

    private static void append(StringBuilder content, String name, Object value) {
        String text = WHITESPACE.matcher(String.valueOf(value)).replaceAll(" ").strip();
        content.append(name)
                .append(' ')
                .append(text.length())
                .append(':')
                .append(text)
                .append('\n');
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
