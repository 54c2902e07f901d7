package org.copydesk.engine.copycheck;

/**
 * How far a word is from a name, as a typist or a listener would get it wrong: a Damerau–Levenshtein
 * distance (optimal string alignment: insertions, deletions, substitutions, transpositions of
 * neighbours) with weights.
 *
 * <ul>
 *   <li>Every edit costs 1, except:
 *   <li>a substitution between letters that sound alike costs {@value #SOUNDALIKE}: two vowels
 *       (a e i o u y), c k q, c s z, f v w, m n, b p, d t, g j ("Grease"/"Greece",
 *       "Chine"/"China", "Moskow"/"Moscow", "Peskow"/"Peskov");
 *   <li>inserting or deleting a letter next to the same letter (a doubled or undoubled letter)
 *       costs {@value #SOUNDALIKE} ("Thesaloniki"/"Thessaloniki");
 *   <li>any edit that changes the first letter costs {@value #FIRST_LETTER} more: writers rarely
 *       get the first letter of a name wrong, and words that differ there are usually other
 *       words ("While"/"Chile").
 * </ul>
 *
 * Both strings are compared {@linkplain Words#fold folded} (lower case, no accents).
 */
final class NameDistance {

    static final double SOUNDALIKE = 0.5;
    static final double FIRST_LETTER = 0.5;

    private static final String[] SOUNDALIKE_GROUPS = {"aeiouy", "ckq", "csz", "fvw", "mn", "bp", "dt", "gj"};

    private NameDistance() {}

    /** The weighted distance between two folded strings. */
    static double between(String a, String b) {
        int n = a.length();
        int m = b.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + deletion(a, i - 1);
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + deletion(b, j - 1);
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double best = d[i - 1][j - 1] + substitution(a.charAt(i - 1), b.charAt(j - 1), i == 1 || j == 1);
                best = Math.min(best, d[i - 1][j] + deletion(a, i - 1));
                best = Math.min(best, d[i][j - 1] + deletion(b, j - 1));
                if (i > 1
                        && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)
                        && a.charAt(i - 1) != a.charAt(i - 2)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1 + (i == 2 || j == 2 ? FIRST_LETTER : 0));
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    /** The plain (unweighted) optimal-string-alignment distance between two strings. */
    static int plain(String a, String b) {
        return plain(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * The plain optimal-string-alignment distance, or any number above {@code limit} as soon as it is
     * sure to exceed it: three rows, no table, so that comparing a word to thousands of names is cheap.
     */
    static int plain(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            char x = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char y = b.charAt(j - 1);
                int best = Math.min(previous[j - 1] + (x == y ? 0 : 1), Math.min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = best;
                rowMin = Math.min(rowMin, best);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }

    /**
     * The largest weighted distance at which a word of this length (the shorter of word and name)
     * still counts as a near miss, or a negative number when it never does: words under 4 letters
     * never; 4 letters {@code 0.5} (one sound-alike letter, so "Chin" is not "China"); 5–6 letters
     * {@code 1}; 7–8 letters {@code 1.5}; longer {@code 2}. The step at 7–8 letters keeps two
     * unrelated edits from turning one 7-letter name into another ("Dunland"/"Finland",
     * "Khorasan"/"Kherson"), found by running the rule over 26,000 English sentences.
     */
    static double allowance(int shorterLength) {
        if (shorterLength < 4) {
            return -1;
        }
        if (shorterLength == 4) {
            return SOUNDALIKE;
        }
        if (shorterLength <= 6) {
            return 1;
        }
        return shorterLength <= 8 ? 1.5 : 2;
    }

    /**
     * The largest plain distance allowed beside the weighted one, so that many cheap edits do not
     * add up to a different name: 2 up to 6 letters, 3 beyond.
     */
    static int plainAllowance(int shorterLength) {
        return shorterLength <= 6 ? 2 : 3;
    }

    /** Whether {@code word} is a near miss of {@code name}; both folded. */
    static boolean nearMiss(String word, String name) {
        return nearMiss(word, name, 0);
    }

    /**
     * As {@link #nearMiss(String, String)}, allowing {@code bonus} more weighted distance (where the
     * word stands says it is a name) and, with a bonus, one more plain edit.
     */
    static boolean nearMiss(String word, String name, double bonus) {
        int shorter = Math.min(word.length(), name.length());
        double allowance = allowance(shorter);
        if (allowance < 0 || Math.abs(word.length() - name.length()) > 2 || word.equals(name)) {
            return false;
        }
        allowance += bonus;
        return allowance >= 0
                && !word.equals(name)
                && Math.abs(word.length() - name.length()) <= 2
                && plain(word, name, plainAllowance(shorter) + (bonus > 0 ? 1 : 0))
                        <= plainAllowance(shorter) + (bonus > 0 ? 1 : 0)
                && between(word, name) <= allowance;
    }

    private static double substitution(char x, char y, boolean firstLetter) {
        if (x == y) {
            return 0;
        }
        return (soundAlike(x, y) ? SOUNDALIKE : 1) + (firstLetter ? FIRST_LETTER : 0);
    }

    /** The cost of inserting or deleting {@code s.charAt(k)}. */
    private static double deletion(String s, int k) {
        boolean doubled =
                (k > 0 && s.charAt(k - 1) == s.charAt(k)) || (k + 1 < s.length() && s.charAt(k + 1) == s.charAt(k));
        return (doubled ? SOUNDALIKE : 1) + (k == 0 ? FIRST_LETTER : 0);
    }

    private static boolean soundAlike(char x, char y) {
        for (String group : SOUNDALIKE_GROUPS) {
            if (group.indexOf(x) >= 0 && group.indexOf(y) >= 0) {
                return true;
            }
        }
        return false;
    }
}
