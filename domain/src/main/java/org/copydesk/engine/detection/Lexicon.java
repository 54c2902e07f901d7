package org.copydesk.engine.detection;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.copydesk.engine.copycheck.Gazetteer;

/**
 * The word lists the recognisers work with. All entries are lower case (look words up with
 * {@link Token#lower()}), except the articles of other languages, matched as written. They are
 * general English newsroom vocabulary: no list names a person, place or outlet of a particular story
 * (the outlets known by name alone are the big wire services and broadcasters; others are recognised
 * by shape: "the X newspaper", "broadcaster X", "Le Monde reported"). Where the lists are silent,
 * {@link WordClasses} asks LanguageTool's English dictionary.
 */
final class Lexicon {

    private Lexicon() {}

    /**
     * Reporting verbs in a form that can only be a finite verb or participle: past tense and third
     * person singular. A participle after a determiner or number ("five confirmed nuclear tests",
     * "the reported deal") is an adjective and is ruled out where the verb is found.
     */
    static final Set<String> REPORTING_VERBS = Set.of(
            "said",
            "says",
            "told",
            "tells",
            "reported",
            "reports",
            "warned",
            "warns",
            "announced",
            "announces",
            "confirmed",
            "confirms",
            "denied",
            "denies",
            "added",
            "adds",
            "stated",
            "states",
            "claimed",
            "claims",
            "noted",
            "notes",
            "wrote",
            "writes",
            "explained",
            "explains",
            "insisted",
            "insists",
            "argued",
            "argues",
            "acknowledged",
            "acknowledges",
            "admitted",
            "admits",
            "alleged",
            "alleges",
            "estimated",
            "estimates",
            "cautioned",
            "cautions",
            "disclosed",
            "discloses",
            "revealed",
            "reveals",
            "asserted",
            "asserts",
            "declared",
            "declares",
            "replied",
            "replies",
            "tweeted",
            "tweets",
            "testified",
            "testifies",
            "predicted",
            "predicts",
            "conceded",
            "concedes",
            "commented",
            "comments",
            "posted",
            "posts",
            "found",
            "finds",
            "ruled",
            "forecast",
            "forecasts",
            "described",
            "describes",
            "accused",
            "accuses",
            "blamed",
            "blames",
            "called",
            "calls",
            "complained",
            "complains",
            "expects",
            "believes");

    /**
     * Reporting verbs that count only with a quotation after them: "called the film “quietly
     * devastating”" (not "called for talks", "a man called Bob").
     */
    static final Set<String> QUOTING_ONLY_VERBS = Set.of("called", "calls");

    /**
     * Reporting verbs that take a person first and the claim after a preposition: "accused ministers
     * of covering up evidence", "blamed the heat for the outages", "described the plan as
     * reckless". They count only with that preposition later in the clause.
     */
    static final java.util.Map<String, Set<String>> VERBS_WITH_PREPOSITION = java.util.Map.of(
            "accused",
            Set.of("of"),
            "accuses",
            Set.of("of"),
            "blamed",
            Set.of("for", "on"),
            "blames",
            Set.of("for", "on"),
            "described",
            Set.of("as"),
            "describes",
            Set.of("as"));

    /**
     * Reporting verbs in the bare (plural present) form: "officials say", "media report". They are
     * also nouns ("the report", "a warning"), so they count only after a plural subject.
     */
    static final Set<String> BARE_REPORTING_VERBS = Set.of(
            "say",
            "report",
            "warn",
            "claim",
            "insist",
            "confirm",
            "deny",
            "tell",
            "add",
            "note",
            "estimate",
            "argue",
            "admit",
            "acknowledge",
            "allege",
            "predict",
            "expect",
            "believe");

    /**
     * Reporting verbs that as often take a plain object ("added 200 jobs", "wrote a letter",
     * "tweeted a photo", "posted a video", "found a body", "ruled the country"): they count only
     * before "that", punctuation or the end of the sentence ("…, he added.", "wrote that…", "added:
     * …"), or after adverbials that name where or when ("wrote on X that…", "posted on Facebook:",
     * "ruled on Tuesday that…"; see {@link ReportingVerbRecogniser}).
     */
    static final Set<String> CLAUSE_ONLY_VERBS = Set.of(
            "added",
            "adds",
            "wrote",
            "writes",
            "tweeted",
            "tweets",
            "posted",
            "posts",
            "found",
            "finds",
            "ruled",
            "admitted",
            "admits",
            "forecast",
            "forecasts",
            "complained",
            "complains");

    /**
     * Reporting verbs that are more often nouns ("member states", "Lagos and Ogun states"): they
     * count only right before "that" or a colon ("The filing states that…").
     */
    static final Set<String> THAT_ONLY_VERBS = Set.of("states");

    /**
     * Reporting verbs that may stand before their speaker ("“…,” said the minister", "…, warned
     * the agency"). Others only follow it: a phrase after "told", "admitted" or "confirmed" is what
     * was told, admitted or confirmed ("…, admitted 14 counts of fraud").
     */
    static final Set<String> INVERTIBLE_VERBS = Set.of(
            "said",
            "says",
            "added",
            "adds",
            "wrote",
            "writes",
            "reported",
            "reports",
            "warned",
            "warns",
            "explained",
            "explains",
            "noted",
            "notes",
            "insisted",
            "insists",
            "argued",
            "argues",
            "replied",
            "replies",
            "stated",
            "claimed",
            "declared",
            "tweeted",
            "posted",
            "commented",
            "predicted",
            "cautioned",
            "asserted",
            "conceded",
            "continued",
            "recalled",
            "acknowledged");

    /**
     * Verbs with which a document makes its claim ("a filing showed", "the study suggests"): they
     * count only for a document or a report as the speaker.
     */
    static final Set<String> DOCUMENT_VERBS =
            Set.of("showed", "shows", "suggested", "suggests", "indicated", "indicates");

    /** The bare forms of {@link #DOCUMENT_VERBS}, after a plural subject: "court filings show", "data suggest". */
    static final Set<String> BARE_DOCUMENT_VERBS = Set.of("show", "suggest", "indicate");

    /** Verbs only an outlet reports with: "The BBC understands", "Reuters has learned". */
    static final Set<String> MEDIA_ONLY_VERBS = Set.of("understands", "learned", "learnt");

    /** Reporting verbs whose object is whom they addressed, never the speaker: "told Reuters". */
    static final Set<String> ADDRESSING_VERBS = Set.of("told", "tells", "tell");

    /** Verbs of "declined to comment": the subject answered without answering. */
    static final Set<String> DECLINE_VERBS = Set.of("declined", "declines", "refused", "refuses");

    /** What one declines to do in "declined to comment". */
    static final Set<String> DECLINED_ACTS =
            Set.of("comment", "confirm", "say", "elaborate", "discuss", "respond", "answer", "speculate");

    /** Adverbs that hedge a claim: the reporter did not see it, someone else says so. */
    static final Set<String> HEDGE_ADVERBS =
            Set.of("reportedly", "purportedly", "apparently", "allegedly", "supposedly", "reputedly");

    /** Participles of "is said to" and "it is reported that". */
    static final Set<String> HEDGE_PARTICIPLES = Set.of(
            "said",
            "reported",
            "alleged",
            "believed",
            "thought",
            "rumored",
            "rumoured",
            "understood",
            "claimed",
            "feared");

    static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** Nouns for video; "images" and "photos" are not here: a still picture is credited, not quoted. */
    static final Set<String> FOOTAGE_NOUNS =
            Set.of("video", "videos", "footage", "clip", "clips", "recording", "recordings", "livestream");

    /** Verbs with which footage makes its claim. */
    static final Set<String> SHOW_VERBS = Set.of("show", "shows", "showed", "showing");

    /** Verbs that hedge "show": "appears to show", "purporting to show". */
    static final Set<String> SEEM_VERBS = Set.of(
            "appear",
            "appears",
            "appeared",
            "appearing",
            "purport",
            "purports",
            "purported",
            "purporting",
            "seem",
            "seems",
            "seemed",
            "seeming");

    /** Words that may stand between footage and its showing: "Video footage has emerged appearing to show". */
    static final Set<String> FOOTAGE_FILLERS = Set.of(
            "has",
            "have",
            "had",
            "also",
            "emerged",
            "surfaced",
            "circulated",
            "circulating",
            "posted",
            "shared",
            "released",
            "online",
            "apparently",
            "purportedly",
            "reportedly",
            "allegedly",
            "seemingly",
            "which",
            "that",
            "now",
            "widely",
            "been",
            "later",
            "being");

    /** Words that may come before footage in the phrase naming it: "An image grabbed from footage". */
    static final Set<String> FOOTAGE_PREMODIFIERS = Set.of(
            "a",
            "an",
            "the",
            "this",
            "that",
            "these",
            "those",
            "another",
            "new",
            "other",
            "more",
            "amateur",
            "separate",
            "second",
            "third",
            "further",
            "purported",
            "unverified",
            "mobile",
            "phone",
            "image",
            "images",
            "still",
            "stills",
            "screenshot",
            "screenshots",
            "frame",
            "frames",
            "grab",
            "grabbed",
            "taken",
            "from",
            "video",
            "footage",
            "online",
            "released",
            "one",
            "some",
            "earlier",
            "later",
            "drone",
            "dashcam",
            "cellphone",
            "smartphone",
            "security",
            "cctv",
            "surveillance");

    /** Titles, offices and ranks: what a person is, said before or after their name. */
    static final Set<String> TITLES = Set.of(
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "spokespeople",
            "spokesmen",
            "spokeswomen",
            "minister",
            "secretary",
            "president",
            "vice",
            "prime",
            "chancellor",
            "governor",
            "mayor",
            "senator",
            "congressman",
            "congresswoman",
            "lawmaker",
            "ambassador",
            "envoy",
            "commissioner",
            "chief",
            "director",
            "head",
            "chairman",
            "chairwoman",
            "chair",
            "ceo",
            "cfo",
            "official",
            "officer",
            "adviser",
            "advisor",
            "aide",
            "leader",
            "premier",
            "king",
            "queen",
            "prince",
            "princess",
            "deputy",
            "judge",
            "prosecutor",
            "lawyer",
            "attorney",
            "analyst",
            "professor",
            "economist",
            "researcher",
            "expert",
            "founder",
            "owner",
            "manager",
            "executive",
            "editor",
            "correspondent",
            "reporter",
            "representative",
            "delegate",
            "negotiator",
            "diplomat",
            "inspector",
            "superintendent",
            "commander",
            "general",
            "colonel",
            "lieutenant",
            "major",
            "captain",
            "admiral",
            "sergeant",
            "marshal",
            "brigadier",
            "corporal",
            "private",
            "mr",
            "mrs",
            "ms",
            "dr",
            "sir",
            "dame",
            "lord",
            "lady",
            "mr.",
            "mrs.",
            "ms.",
            "dr.",
            "gen.",
            "col.",
            "lt.",
            "sgt.",
            "capt.",
            "maj.",
            "adm.",
            "gov.",
            "sen.",
            "rep.",
            "prof.",
            "pope",
            "bishop",
            "cardinal",
            "rabbi",
            "imam",
            "sheikh",
            "emir",
            "sultan",
            "ayatollah");

    /**
     * Ranks and honorifics: titles that say how to address someone, not what they do. A rank is the
     * role only when the text gives no other ("Colonel Alexander Gordeev, a spokesman for…" has the
     * role "spokesman for…"); an honorific ("Mr") is never a role.
     */
    static final Set<String> RANKS = Set.of(
            "general",
            "colonel",
            "lieutenant",
            "major",
            "captain",
            "admiral",
            "sergeant",
            "marshal",
            "brigadier",
            "corporal",
            "private",
            "commander",
            "gen.",
            "col.",
            "lt.",
            "sgt.",
            "capt.",
            "maj.",
            "adm.");

    static final Set<String> HONORIFICS =
            Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor");

    /** People who are not named by being so described: "two officials", "a source close to…". */
    static final Set<String> PERSON_NOUNS = Set.of(
            "official",
            "officials",
            "source",
            "sources",
            "person",
            "people",
            "persons",
            "man",
            "men",
            "woman",
            "women",
            "resident",
            "residents",
            "witness",
            "witnesses",
            "analyst",
            "analysts",
            "expert",
            "experts",
            "aide",
            "aides",
            "insider",
            "insiders",
            "employee",
            "employees",
            "worker",
            "workers",
            "soldier",
            "soldiers",
            "officer",
            "officers",
            "diplomat",
            "diplomats",
            "lawmaker",
            "lawmakers",
            "member",
            "members",
            "negotiator",
            "negotiators",
            "observer",
            "observers",
            "activist",
            "activists",
            "villager",
            "villagers",
            "doctor",
            "doctors",
            "investigator",
            "investigators",
            "executive",
            "executives",
            "banker",
            "bankers",
            "trader",
            "traders",
            "economist",
            "economists",
            "spokesmen",
            "spokeswomen",
            "spokespeople",
            "someone",
            "somebody",
            "one",
            "another");

    /** Nouns that make an unnamed person anonymous on their own: "sources said". */
    static final Set<String> ANONYMOUS_NOUNS =
            Set.of("source", "sources", "insider", "insiders", "someone", "somebody");

    /** Bodies: governments, ministries, authorities, companies, parties, forces. */
    static final Set<String> ORGANIZATION_NOUNS = Set.of(
            "government",
            "governments",
            "ministry",
            "ministries",
            "authority",
            "authorities",
            "agency",
            "agencies",
            "company",
            "companies",
            "firm",
            "firms",
            "party",
            "parties",
            "military",
            "army",
            "navy",
            "district",
            "commission",
            "council",
            "department",
            "office",
            "police",
            "court",
            "courts",
            "bank",
            "fleet",
            "embassy",
            "embassies",
            "administration",
            "parliament",
            "congress",
            "senate",
            "committee",
            "union",
            "unions",
            "institute",
            "university",
            "organization",
            "organisation",
            "association",
            "group",
            "service",
            "services",
            "bureau",
            "board",
            "regulator",
            "operator",
            "airline",
            "airport",
            "command",
            "forces",
            "cabinet",
            "presidency",
            "coalition",
            "alliance",
            "federation",
            "corporation",
            "corp",
            "corp.",
            "inc",
            "inc.",
            "ltd",
            "ltd.",
            "club",
            "hospital",
            "school",
            "church",
            "foundation",
            "center",
            "centre",
            "directorate",
            "secretariat",
            "prosecutors",
            "prosecution",
            "investigators",
            "rescuers",
            "regime",
            "state",
            "observatory",
            "laboratory",
            "fund",
            "guard",
            "guards",
            "coastguard",
            "network",
            "exchange",
            "utility",
            "utilities",
            "tribunal",
            "tribunals",
            "panel",
            "watchdog",
            "watchdogs",
            "jury",
            "museum",
            "gallery",
            "library",
            "theatre",
            "theater",
            "festival",
            "charity",
            "charities",
            "trust",
            "league",
            "society",
            "consortium",
            "carrier",
            "carriers",
            "insurer",
            "insurers",
            "lender",
            "lenders",
            "retailer",
            "retailers",
            "manufacturer",
            "manufacturers",
            "carmaker",
            "supplier",
            "suppliers",
            "developer",
            "chain",
            "college",
            "academy",
            "clinic",
            "consulate",
            "delegation",
            "assembly",
            "legislature",
            "municipality",
            "operators",
            "regulators",
            "airlines",
            "banks",
            "hospitals",
            "schools",
            "councils",
            "inquiry",
            "ombudsman",
            "parliaments",
            "cooperative",
            "co-operative",
            "railway",
            "railways",
            "port",
            "team",
            "federations",
            "associations",
            "groups",
            "opposition",
            "tank",
            "tanks",
            "management",
            "leadership");

    /** Newspapers, broadcasters and the like; "agency" counts only as "news agency" (see {@link #isMedia}). */
    static final Set<String> MEDIA_NOUNS = Set.of(
            "media",
            "newspaper",
            "newspapers",
            "paper",
            "daily",
            "dailies",
            "weekly",
            "broadcaster",
            "broadcasters",
            "outlet",
            "outlets",
            "television",
            "tv",
            "radio",
            "channel",
            "station",
            "magazine",
            "tabloid",
            "website",
            "press",
            "reports",
            "wire",
            "newswire",
            "journal",
            "gazette",
            "news",
            "times",
            "herald",
            "tribune",
            "telegraph",
            "chronicle",
            "post",
            "publication",
            "podcast",
            "newsletter");

    /** Wire services and broadcasters known by name alone. */
    static final Set<String> MEDIA_NAMES = Set.of(
            "reuters",
            "bloomberg",
            "xinhua",
            "yonhap",
            "kyodo",
            "tass",
            "interfax",
            "ria",
            "kcna",
            "bbc",
            "cnn",
            "nhk",
            "al jazeera",
            "associated press",
            "the associated press",
            "dpa",
            "ansa",
            "afp",
            "agence france-presse",
            "ap",
            "efe",
            "jiji",
            "pti",
            "anadolu",
            "irna",
            "lusa");

    /**
     * A speaker's own channels: "the ministry’s website said" is the ministry speaking (see
     * {@link Speakers}).
     */
    static final Set<String> OWN_CHANNELS =
            Set.of("website", "websites", "site", "page", "account", "feed", "blog", "channel", "profile", "handle");

    /**
     * Articles of other languages that open the names of newspapers, broadcasters and bodies ("Der
     * Spiegel", "Die Zeit", "Les Echos"), never a person's name. Matched as written, capitalised.
     */
    static final Set<String> FOREIGN_ARTICLES = Set.of("Der", "Die", "Das", "Het", "Les", "Los", "Las", "Il");

    /**
     * Articles of other languages that also open people's names ("Le Monde" and "Le Thi Hoa", "La
     * Nación", "El País"): they open an outlet's or organisation's name only in a name of two words.
     */
    static final Set<String> AMBIGUOUS_FOREIGN_ARTICLES = Set.of("Le", "La", "El", "Lo");

    /**
     * Compass words: before another name word they make a region's or a company's name ("Arriva
     * North East", "South West Water"), not a person's.
     */
    static final Set<String> COMPASS_WORDS = Set.of(
            "north",
            "south",
            "east",
            "west",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "north-east",
            "north-west",
            "south-east",
            "south-west");

    /** Documents: what a claim can stand on in writing. */
    static final Set<String> DOCUMENT_NOUNS = Set.of(
            "statement",
            "statements",
            "report",
            "letter",
            "letters",
            "filing",
            "filings",
            "document",
            "documents",
            "memo",
            "memorandum",
            "release",
            "transcript",
            "study",
            "survey",
            "poll",
            "data",
            "figures",
            "statistics",
            "estimate",
            "estimates",
            "communique",
            "communiqué",
            "decree",
            "ruling",
            "records",
            "record",
            "minutes",
            "analysis",
            "assessment",
            "census",
            "indictment",
            "complaint",
            "lawsuit",
            "affidavit",
            "bulletin",
            "notice",
            "papers",
            "email",
            "e-mail",
            "tweet",
            "readout",
            "forecast",
            "order",
            "request",
            "judgment",
            "judgement",
            "verdict",
            "audit",
            "summary",
            "schedule",
            "results",
            "findings",
            "review",
            "investigation",
            "application",
            "submission",
            "petition",
            "guidance",
            "guidelines",
            "accounts",
            "prospectus",
            "projections",
            "article",
            "page",
            "tally",
            "count",
            "polls",
            "surveys",
            "studies",
            "reviews",
            "audits",
            "tests",
            "numbers",
            "measurements",
            "readings",
            "calculations",
            "models",
            "observations",
            "experiments",
            "trials",
            "scans",
            "samples",
            "agreement",
            "draft",
            "contract",
            "treaty");

    /** Words that open a phrase naming no one in particular. */
    static final Set<String> INDEFINITES = Set.of(
            "a",
            "an",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "some",
            "several",
            "many",
            "few",
            "multiple",
            "various",
            "numerous",
            "other",
            "another",
            "more",
            "dozens",
            "hundreds",
            "thousands",
            "most",
            "certain");

    /**
     * Words after which a participle or bare verb is an adjective or noun, not a verb: "five
     * confirmed tests", "the report", "its reported plan".
     */
    static final Set<String> NOMINAL_MARKERS = Set.of(
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "its",
            "his",
            "her",
            "their",
            "our",
            "my",
            "your",
            "no",
            "any",
            "each",
            "every",
            "all",
            "both",
            "many",
            "several",
            "some",
            "few",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "first",
            "previously",
            "unconfirmed",
            "newly",
            "widely",
            "such",
            "whose",
            "of",
            "for",
            "to",
            "with",
            "from",
            "in",
            "on",
            "by",
            "at",
            "about",
            "after",
            "before");

    /** Words that end a speaker phrase when walking away from the verb: clauses begin here. */
    static final Set<String> CLAUSE_WORDS = Set.of(
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "when",
            "while",
            "where",
            "because",
            "since",
            "as",
            "although",
            "though",
            "if",
            "unless",
            "until",
            "after",
            "before",
            "and",
            "but",
            "or",
            "nor",
            "so",
            "than",
            "whether",
            "once",
            "what",
            "how",
            "why");

    /**
     * Prepositions that do not occur inside a speaker phrase ("comments by US Secretary…" ends at
     * "by"). The ones that do ("spokesman for", "newspaper of", "official at", "familiar with",
     * "statement from", "officials in Washington", "close to") are {@link #INNER_PREPOSITIONS}.
     */
    static final Set<String> OUTER_PREPOSITIONS = Set.of(
            "by",
            "to",
            "on",
            "about",
            "into",
            "onto",
            "over",
            "against",
            "toward",
            "towards",
            "through",
            "during",
            "under",
            "between",
            "among",
            "across",
            "via",
            "per",
            "despite",
            "amid",
            "amidst",
            "upon",
            "like",
            "including",
            "beyond",
            "without",
            "within",
            "throughout",
            "around",
            "behind",
            "near",
            "outside",
            "inside",
            "off");

    static final Set<String> INNER_PREPOSITIONS = Set.of("of", "for", "at", "with", "from", "in");

    /** Auxiliaries and negation: a speaker phrase never contains them. */
    static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
            "would", "shall", "should", "can", "could", "may", "might", "must", "not", "n't", "to");

    /** Sentence adverbs and connectives; a speaker phrase never contains them. */
    static final Set<String> SENTENCE_ADVERBS = Set.of(
            "meanwhile",
            "however",
            "also",
            "separately",
            "earlier",
            "later",
            "still",
            "yet",
            "now",
            "then",
            "instead",
            "moreover",
            "furthermore",
            "additionally",
            "previously",
            "again",
            "too",
            "already",
            "recently",
            "publicly",
            "privately",
            "repeatedly",
            "today",
            "yesterday",
            "tonight",
            "tomorrow",
            "initially",
            "subsequently",
            "finally",
            "further",
            "immediately",
            "indeed",
            "nonetheless",
            "nevertheless",
            "otherwise",
            "thus",
            "hence",
            "therefore",
            "reportedly",
            "purportedly",
            "apparently",
            "allegedly",
            "overnight",
            "once",
            "last",
            "next",
            "just",
            "only",
            "even",
            "quickly",
            "swiftly",
            "flatly",
            "firmly",
            "strongly",
            "openly");

    /** Adverbs that may stand between a subject and its reporting verb: "has also said". */
    static final Set<String> VERB_ADVERBS = Set.of(
            "also",
            "later",
            "earlier",
            "previously",
            "separately",
            "again",
            "then",
            "publicly",
            "privately",
            "repeatedly",
            "recently",
            "yesterday",
            "today",
            "tonight",
            "once",
            "further",
            "initially",
            "subsequently",
            "first",
            "finally",
            "already",
            "immediately",
            "has",
            "have",
            "had",
            "flatly",
            "firmly",
            "strongly",
            "openly",
            "quickly",
            "swiftly",
            "reportedly",
            "always",
            "long",
            "consistently",
            "frequently",
            "often",
            "since",
            "now");

    static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan.",
            "feb.",
            "mar.",
            "apr.",
            "jun.",
            "jul.",
            "aug.",
            "sep.",
            "sept.",
            "oct.",
            "nov.",
            "dec.");

    static final Set<String> TIME_NOUNS = Set.of(
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "weekend",
            "morning",
            "afternoon",
            "evening",
            "night",
            "day",
            "days",
            "hour",
            "hours",
            "today",
            "yesterday",
            "tonight",
            "overnight",
            "earlier",
            "later");

    /** Subject pronouns a reporting verb can follow: "It said", "he added". */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they");

    /** Object pronouns "according to" can take. */
    static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "it", "them");

    /** Any pronoun: a pronoun never starts or continues a speaker phrase. */
    static final Set<String> PRONOUNS = Set.of(
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "you",
            "him",
            "her",
            "them",
            "me",
            "there",
            "here",
            "itself",
            "themselves",
            "himself",
            "herself",
            "nobody",
            "everybody",
            "everyone",
            "anyone",
            "anybody",
            "no-one");

    /** Name particles that may stand lower case inside a name: "Osama bin Laden", "Ursula von der Leyen". */
    static final Set<String> NAME_PARTICLES = Set.of(
            "bin", "al", "al-", "van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "dos", "le", "la",
            "ibn", "ter", "el", "ul", "abu", "ben");

    /** Words that do not make a phrase proper although capitalised at the start of a sentence. */
    static final Set<String> COMMON_OPENERS = Set.of(
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "some",
            "many",
            "several",
            "most",
            "all",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "another",
            "other",
            "local",
            "state",
            "foreign",
            "senior",
            "official",
            "regional",
            "national",
            "international",
            "independent",
            "top",
            "former",
            "military",
            "government",
            "security",
            "police",
            "video",
            "new",
            "no",
            "any",
            "each",
            "every",
            "both",
            "such",
            "more",
            "few",
            "his",
            "her",
            "their",
            "its",
            "our");

    /**
     * Place names that stand for a government ("Greece confirmed", "Moscow said"): every country's
     * English name and every city that names a time zone, both from the JDK, so no list of places
     * is kept here. A seat of government that names no time zone is not among them.
     */
    static final Set<String> PLACES = places();

    /** The organisations the gazetteer lists by name ("Médecins Sans Frontières", "Reuters"), in lower case. */
    static final Set<String> KNOWN_ORGANIZATIONS = Gazetteer.organizationNames().stream()
            .map(name -> name.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static Set<String> places() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        for (String zone : TimeZone.getAvailableIDs()) {
            int slash = zone.lastIndexOf('/');
            if (slash > 0 && Character.isUpperCase(zone.charAt(slash + 1))) {
                names.add(zone.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(names);
    }

    static boolean isNoun(String lower) {
        return TITLES.contains(lower)
                || PERSON_NOUNS.contains(lower)
                || ORGANIZATION_NOUNS.contains(lower)
                || MEDIA_NOUNS.contains(lower)
                || DOCUMENT_NOUNS.contains(lower)
                || FOOTAGE_NOUNS.contains(lower);
    }

    /** "agency" is media only as "news agency", "press agency", "wire agency". */
    static boolean isMedia(String lower, String previousLower) {
        if (lower.equals("agency") || lower.equals("agencies") || lower.equals("service")) {
            return previousLower != null
                    && (previousLower.equals("news") || previousLower.equals("press") || previousLower.equals("wire"));
        }
        return MEDIA_NOUNS.contains(lower);
    }

    static boolean isTimeWord(String lower) {
        return WEEKDAYS.contains(lower) || MONTHS.contains(lower) || TIME_NOUNS.contains(lower);
    }

    static boolean isNumber(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }
}
