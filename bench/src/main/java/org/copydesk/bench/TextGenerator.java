package org.copydesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Newsroom-like text from the real stories of the test suite (the corpus in {@code corpus/}): their
 * sentences, shuffled and with their people, places, organisations, days and figures swapped for others
 * of the same kind, mixed with sentences from a second-order word Markov chain over the same corpus. No
 * lorem ipsum: the words, the attributions ("said", "according to") and the sentence shapes are a
 * newsroom's, so full-text search, the copy checks and the diffs see realistic input.
 *
 * <p>Deterministic for a given {@link Random}: the same seed yields the same database.
 */
public final class TextGenerator {

    static final String[] CORPUS = {"russia-troops-north-korea.txt", "greek-debt-talks.txt", "hokkaido-snow.txt"};

    /** Names that occur in the corpus, by kind; each occurrence is replaced by a name of the same kind. */
    static final Map<String, String[]> POOLS = new LinkedHashMap<>();

    static {
        POOLS.put("PERSON", new String[] {
            "Alexander Gordeev",
            "Dmitry Peskov",
            "Maria Kotsou",
            "Elena Markova",
            "Kenji Watanabe",
            "Yuki Tanaka",
            "Nikos Papadakis",
            "Sofia Alexiou",
            "Park Ji-won",
            "Kim Min-jun",
            "Li Wei",
            "Zhang Hua",
            "Hans Becker",
            "Claire Dubois",
            "Marco Rossi",
            "Ana Silva",
            "James Carter",
            "Sarah Mitchell",
            "Ahmed Hassan",
            "Fatima Khan",
            "Oleg Sokolov",
            "Irina Volkova",
            "Hiroshi Sato",
            "Aiko Suzuki",
            "Giorgos Nikolaou",
            "Eleni Georgiou",
            "David Cohen",
            "Amara Okafor",
            "Carlos Mendes",
            "Lucia Fernandez",
            "Tomasz Nowak",
            "Katarzyna Kowalska",
            "Rahul Sharma",
            "Priya Nair"
        });
        POOLS.put("PLACE", new String[] {
            "Vladivostok",
            "Khabarovsk",
            "Buryatia",
            "Pyongyang",
            "Athens",
            "Thessaloniki",
            "Piraeus",
            "Brussels",
            "Hokkaido",
            "Asahikawa",
            "Sapporo",
            "Furano",
            "Biei",
            "Seoul",
            "Busan",
            "Incheon",
            "Tokyo",
            "Osaka",
            "Sendai",
            "Niigata",
            "Beijing",
            "Shenyang",
            "Harbin",
            "Dalian",
            "Berlin",
            "Hamburg",
            "Paris",
            "Lyon",
            "Rome",
            "Milan",
            "Madrid",
            "Lisbon",
            "Warsaw",
            "Krakow",
            "Vienna",
            "Prague",
            "Istanbul",
            "Ankara",
            "Cairo",
            "Nairobi",
            "Lagos",
            "Delhi",
            "Mumbai",
            "Jakarta",
            "Manila",
            "Hanoi",
            "Bangkok",
            "Sydney",
            "Toronto",
            "Chicago",
            "Denver",
            "Mexico City",
            "Lima",
            "Santiago",
            "Bogota",
            "Caracas",
            "Kyiv",
            "Odesa",
            "Tbilisi",
            "Baku"
        });
        POOLS.put("COUNTRY", new String[] {
            "Russia",
            "North Korea",
            "South Korea",
            "China",
            "Japan",
            "Greece",
            "Germany",
            "France",
            "Italy",
            "Spain",
            "Portugal",
            "Poland",
            "Austria",
            "Turkey",
            "Egypt",
            "Kenya",
            "Nigeria",
            "India",
            "Indonesia",
            "the Philippines",
            "Vietnam",
            "Thailand",
            "Australia",
            "Canada",
            "Mexico",
            "Peru",
            "Chile",
            "Colombia",
            "Ukraine",
            "Georgia",
            "Brazil",
            "Argentina"
        });
        POOLS.put("ORG", new String[] {
            "the Eastern Military District",
            "the Japan Meteorological Agency",
            "the European Commission",
            "the finance ministry",
            "the port authority",
            "the Kremlin",
            "the foreign ministry",
            "the defence ministry",
            "the central bank",
            "the transport ministry",
            "the national weather service",
            "the coast guard",
            "the state railway",
            "the health ministry",
            "the electoral commission",
            "the interior ministry",
            "the city council",
            "the energy regulator"
        });
        POOLS.put("DAY", new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"});
    }

    /** How the corpus spells the names that get replaced, longest first so "North Korea" wins over "Korea". */
    private static final Map<String, String> CORPUS_NAMES = new LinkedHashMap<>();

    static {
        for (String s : new String[] {"Alexander Gordeev", "Dmitry Peskov", "Maria Kotsou"}) {
            CORPUS_NAMES.put(s, "PERSON");
        }
        for (String s : new String[] {
            "the Eastern Military District",
            "the Japan Meteorological Agency",
            "the European Commission",
            "the finance ministry",
            "the port authority"
        }) {
            CORPUS_NAMES.put(s, "ORG");
        }
        for (String s : new String[] {"North Korea", "South Korea", "Russia", "China", "Greece", "Japan"}) {
            CORPUS_NAMES.put(s, "COUNTRY");
        }
        for (String s : new String[] {
            "Vladivostok",
            "Khabarovsk",
            "Buryatia",
            "Pyongyang",
            "Thessaloniki",
            "Piraeus",
            "Athens",
            "Brussels",
            "Hokkaido",
            "Asahikawa",
            "Sapporo",
            "Furano",
            "Biei"
        }) {
            CORPUS_NAMES.put(s, "PLACE");
        }
        for (String s : POOLS.get("DAY")) {
            CORPUS_NAMES.put(s, "DAY");
        }
    }

    private static final Pattern NAME = Pattern.compile("\\b(?:"
            + String.join(
                    "|",
                    CORPUS_NAMES.keySet().stream()
                            .sorted((a, b) -> b.length() - a.length())
                            .map(Pattern::quote)
                            .toList())
            + ")\\b|\\b\\d[\\d,]*\\b");

    private static final String[] REASONS = {
        "Edited",
        "Tightened the intro",
        "Added reaction",
        "Updated figures",
        "Copy edit",
        "Fixed names",
        "New quote",
        "Shortened",
        "Sourcing notes addressed",
        "Latest details",
        "Style fixes",
        "Restructured"
    };

    private static final String[] SWAPS = {
        "said",
        "reported",
        "added",
        "told reporters",
        "announced",
        "warned",
        "confirmed",
        "stated",
        "officials",
        "residents",
        "witnesses",
        "authorities",
        "about",
        "nearly",
        "more than",
        "at least",
        "early",
        "late",
        "on Tuesday",
        "overnight",
        "again",
        "also",
        "still"
    };

    final List<String> sentences = new ArrayList<>();
    final List<String> headlines = new ArrayList<>();
    final List<String> quotes = new ArrayList<>();
    private final Map<String, List<String>> chain = new HashMap<>();
    private final List<String> starts = new ArrayList<>();

    public TextGenerator() {
        for (String name : CORPUS) {
            read(load(name));
        }
        for (String s : sentences) {
            String[] w = s.split(" ");
            if (w.length < 4) {
                continue;
            }
            starts.add(w[0] + " " + w[1]);
            for (int i = 0; i + 2 < w.length; i++) {
                chain.computeIfAbsent(w[i] + " " + w[i + 1], k -> new ArrayList<>())
                        .add(w[i + 2]);
            }
            chain.computeIfAbsent(w[w.length - 2] + " " + w[w.length - 1], k -> new ArrayList<>())
                    .add(null);
        }
    }

    private static String load(String name) {
        try (InputStream in = TextGenerator.class.getResourceAsStream("/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paragraphs of a story file: the headline is the first line after the sections line; debris skipped. */
    private void read(String text) {
        List<String> lines = text.replace("\r", "")
                .replace('\u00a0', ' ')
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("Back to top button"))
                .toList();
        for (int i = 1; i < lines.size(); i++) { // line 0: the sections run together
            String line = lines.get(i);
            if (i == 1 || !line.matches(".*[.”\"?!)]$")) {
                headlines.add(line.replaceAll("^[‘'“\"]|[’'”\"]$", ""));
                continue;
            }
            for (String s : line.split("(?<=[.?!”])\\s+(?=[A-Z“‘])")) {
                if (s.length() > 20) {
                    sentences.add(s);
                    if (s.startsWith("“")) {
                        quotes.add(s);
                    }
                }
            }
        }
    }

    /** A corpus sentence with its names and figures swapped, or (one time in four) a Markov sentence. */
    public String sentence(Random rnd) {
        String base = rnd.nextInt(4) == 0 ? markov(rnd) : sentences.get(rnd.nextInt(sentences.size()));
        return swapNames(base, rnd);
    }

    String markov(Random rnd) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String state = starts.get(rnd.nextInt(starts.size()));
            StringBuilder out = new StringBuilder(state);
            for (int n = 0; n < 45; n++) {
                List<String> next = chain.get(state);
                String word = next == null ? null : next.get(rnd.nextInt(next.size()));
                if (word == null) {
                    break;
                }
                out.append(' ').append(word);
                state = state.substring(state.indexOf(' ') + 1) + " " + word;
            }
            String s = out.toString();
            char end = s.charAt(s.length() - 1);
            if ((end == '.' || end == '?' || end == '!' || end == '”') && s.split(" ").length >= 8) {
                return s;
            }
        }
        return sentences.get(rnd.nextInt(sentences.size()));
    }

    String swapNames(String sentence, Random rnd) {
        Matcher m = NAME.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            String replacement;
            if (Character.isDigit(found.charAt(0))) {
                replacement = figure(found, rnd);
            } else {
                String[] pool = POOLS.get(CORPUS_NAMES.get(found));
                replacement = pool[rnd.nextInt(pool.length)];
                if (found.startsWith("the ") == false && replacement.startsWith("the ") && m.start() == 0) {
                    replacement = "The " + replacement.substring(4);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String s = out.toString();
        return Character.isLowerCase(s.charAt(0)) ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    /** A figure of the same number of digits (years stay plausible years). */
    private static String figure(String digits, Random rnd) {
        String plain = digits.replace(",", "");
        if (plain.length() > 9) {
            return digits;
        }
        long n = Long.parseLong(plain);
        if (n >= 1990 && n <= 2030) {
            return String.valueOf(2000 + rnd.nextInt(27));
        }
        long low = (long) Math.pow(10, plain.length() - 1);
        long value = plain.length() == 1 ? 2 + rnd.nextInt(8) : low + (long) (rnd.nextDouble() * low * 9);
        return digits.contains(",") ? String.format(java.util.Locale.ROOT, "%,d", value) : String.valueOf(value);
    }

    public String headline(Random rnd) {
        String h = swapNames(headlines.get(rnd.nextInt(headlines.size())), rnd);
        return h.length() > 300 ? h.substring(0, 300) : h;
    }

    public String paragraph(Random rnd) {
        int n = 1 + rnd.nextInt(3);
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence(rnd));
        }
        return p.toString();
    }

    public String quote(Random rnd) {
        return swapNames(quotes.get(rnd.nextInt(quotes.size())), rnd);
    }

    public String reason(Random rnd) {
        return REASONS[rnd.nextInt(REASONS.length)];
    }

    public String pick(String kind, Random rnd) {
        String[] pool = POOLS.get(kind);
        return pool[rnd.nextInt(pool.length)];
    }

    /**
     * The same paragraph after a light edit, the way a reporter or a copy editor changes a draft: a word
     * swapped, dropped or added, or a sentence added or replaced. The result always differs from the input.
     */
    public String edit(String paragraph, Random rnd) {
        List<String> words = new ArrayList<>(List.of(paragraph.split(" ")));
        switch (rnd.nextInt(5)) {
            case 0, 1 -> words.set(rnd.nextInt(words.size()), SWAPS[rnd.nextInt(SWAPS.length)]);
            case 2 -> {
                if (words.size() > 6) {
                    words.remove(1 + rnd.nextInt(words.size() - 2));
                } else {
                    words.add(SWAPS[rnd.nextInt(SWAPS.length)]);
                }
            }
            case 3 -> words.add(1 + rnd.nextInt(words.size()), SWAPS[rnd.nextInt(SWAPS.length)]);
            default -> {
                return rnd.nextBoolean() ? paragraph + " " + sentence(rnd) : sentence(rnd) + " " + paragraph;
            }
        }
        String edited = String.join(" ", words);
        return edited.equals(paragraph) ? paragraph + " " + sentence(rnd) : edited;
    }
}
