package org.copydesk.engine.detection;

import static org.copydesk.domain.sourcing.Cue.ACCORDING_TO;
import static org.copydesk.domain.sourcing.Cue.FOOTAGE;
import static org.copydesk.domain.sourcing.Cue.HEDGE;
import static org.copydesk.domain.sourcing.Cue.MEDIA;
import static org.copydesk.domain.sourcing.Cue.NAMED_SPEAKER;
import static org.copydesk.domain.sourcing.Cue.PHOTO_CREDIT;
import static org.copydesk.domain.sourcing.Cue.REPORTING_VERB;
import static org.copydesk.domain.sourcing.SourceKind.ANONYMOUS;
import static org.copydesk.domain.sourcing.SourceKind.DOCUMENT;
import static org.copydesk.domain.sourcing.SourceKind.MEDIA_REPORT;
import static org.copydesk.domain.sourcing.SourceKind.ORGANIZATION;
import static org.copydesk.domain.sourcing.SourceKind.PERSON;
import static org.copydesk.domain.sourcing.SourceKind.PHOTO_AGENCY;
import static org.copydesk.domain.sourcing.SourceKind.VIDEO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.copydesk.domain.sourcing.Cue;
import org.copydesk.domain.sourcing.SourceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Single sentences: every cue, both word orders, titles before and after names, and traps. */
class SentenceAttributionsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void attributed(String sentence, List<String> expected) {
        assertEquals(expected, detect(sentence));
    }

    static Stream<Arguments> attributed() {
        return Stream.of(
                // Reporting verbs, speaker first and speaker last. An unnamed person is ANONYMOUS (the
                // quality corpus's table), a definite description keeps its words as the role.
                is(
                        "The minister said the talks would resume next week.",
                        a(REPORTING_VERB, ANONYMOUS, "the minister", "minister", "The minister said")),
                is(
                        "The talks will resume next week, the minister said.",
                        a(REPORTING_VERB, ANONYMOUS, "the minister", "minister", "the minister said")),
                // Verb first, after a quotation; title before the name.
                is(
                        "“We will not back down,” said Prime Minister Eleni Varga.",
                        a(NAMED_SPEAKER, PERSON, "Eleni Varga", "Prime Minister", "said Prime Minister Eleni Varga")),
                // Verb first, role after the name.
                is(
                        "The deal is off, said Tomas Lindqvist, the company’s chief executive.",
                        a(
                                NAMED_SPEAKER,
                                PERSON,
                                "Tomas Lindqvist",
                                "company’s chief executive",
                                "said Tomas Lindqvist, the company’s chief executive")),
                // Role after the name, speaker first.
                is(
                        "Tomas Lindqvist, the company’s chief executive, said the deal was off.",
                        a(
                                NAMED_SPEAKER,
                                PERSON,
                                "Tomas Lindqvist",
                                "company’s chief executive",
                                "Tomas Lindqvist, the company’s chief executive, said")),
                is(
                        "Senator Jane Roe told reporters the bill would pass.",
                        a(NAMED_SPEAKER, PERSON, "Jane Roe", "Senator", "Senator Jane Roe told")),
                is(
                        "The bill will pass, Senator Jane Roe told reporters on Tuesday.",
                        a(NAMED_SPEAKER, PERSON, "Jane Roe", "Senator", "Senator Jane Roe told")),
                is(
                        "Finance Minister Elena Markova said on Friday that taxes would rise.",
                        a(
                                NAMED_SPEAKER,
                                PERSON,
                                "Elena Markova",
                                "Finance Minister",
                                "Finance Minister Elena Markova said")),
                // An honorific is not a role.
                is("Mr. Smith denied the allegations.", a(NAMED_SPEAKER, PERSON, "Smith", null, "Mr. Smith denied")),
                // An aside between speaker and verb.
                is(
                        "The mayor, speaking on local radio, said the roads would reopen.",
                        a(REPORTING_VERB, ANONYMOUS, "the mayor", "mayor", "The mayor, speaking on local radio, said")),
                // Decision: a company reporting results is an attribution to the company.
                is(
                        "The company reported profits of $2 billion for the quarter.",
                        a(REPORTING_VERB, ORGANIZATION, "the company", null, "The company reported")),
                is(
                        "Police said three people were injured in the blast.",
                        a(REPORTING_VERB, ORGANIZATION, "police", null, "Police said")),
                is(
                        "Greece confirmed the sale on Tuesday.",
                        a(REPORTING_VERB, ORGANIZATION, "Greece", null, "Greece confirmed")),
                is(
                        "Officials say the border will stay closed.",
                        a(REPORTING_VERB, ANONYMOUS, "officials", null, "Officials say")),
                is(
                        "Sources close to the negotiations said a deal was near.",
                        a(
                                REPORTING_VERB,
                                ANONYMOUS,
                                "sources close to the negotiations",
                                null,
                                "Sources close to the negotiations said")),
                is(
                        "The ministry declined to comment.",
                        a(REPORTING_VERB, ORGANIZATION, "the ministry", null, "The ministry declined to comment")),
                is(
                        "The Defense Ministry did not immediately respond to a request for comment.",
                        a(
                                REPORTING_VERB,
                                ORGANIZATION,
                                "the Defense Ministry",
                                null,
                                "The Defense Ministry did not immediately respond to a request for comment")),
                is(
                        "The report said unemployment had risen.",
                        a(REPORTING_VERB, DOCUMENT, "the report", null, "The report said")),
                is(
                        "A report by the World Bank warned of slowing growth.",
                        a(
                                REPORTING_VERB,
                                DOCUMENT,
                                "a report by the World Bank",
                                "World Bank",
                                "A report by the World Bank warned")),
                // Media.
                is(
                        "State media reported the launch on Monday.",
                        a(MEDIA, MEDIA_REPORT, "state media", null, "State media reported")),
                is(
                        "The Yonhap news agency reported that the talks had stalled.",
                        a(MEDIA, MEDIA_REPORT, "the Yonhap news agency", null, "The Yonhap news agency reported")),
                // According to.
                is(
                        "According to Reuters, the ship left port on Sunday.",
                        a(ACCORDING_TO, MEDIA_REPORT, "Reuters", null, "According to Reuters")),
                is(
                        "The ship left port on Sunday, according to the coast guard.",
                        a(ACCORDING_TO, ORGANIZATION, "the coast guard", null, "according to the coast guard")),
                is(
                        "Unemployment rose to 9 percent, according to figures from the statistics office.",
                        a(
                                ACCORDING_TO,
                                DOCUMENT,
                                "figures from the statistics office",
                                "statistics office",
                                "according to figures from the statistics office")),
                // Hedges. Decision: "apparently" as a plain adverb is a hedge too.
                is(
                        "The road was apparently empty when the bus arrived.",
                        a(HEDGE, MEDIA_REPORT, "unnamed reports", null, "apparently")),
                is(
                        "The suspect allegedly fled the country.",
                        a(HEDGE, MEDIA_REPORT, "unnamed reports", null, "allegedly")),
                is(
                        "The general is said to have left the capital.",
                        a(HEDGE, MEDIA_REPORT, "unnamed reports", null, "is said to")),
                is(
                        "It was reported that the plant had closed.",
                        a(HEDGE, MEDIA_REPORT, "unnamed reports", null, "was reported that")),
                // Footage.
                is(
                        "A video posted online shows soldiers crossing the river.",
                        a(FOOTAGE, VIDEO, "a video", null, "A video posted online shows")),
                is(
                        "Footage broadcast by state television showed crowds in the square.",
                        a(
                                FOOTAGE,
                                VIDEO,
                                "footage",
                                "state television",
                                "Footage broadcast by state television showed")),
                // Picture credits: the claim is the caption.
                is(
                        "Rescue workers search the rubble in Izmir, October 31, 2020. (Photo by Reuters)",
                        a(PHOTO_CREDIT, PHOTO_AGENCY, "Reuters", null, "(Photo by Reuters)")),
                is(
                        "Protesters gather outside parliament in Athens. (AP Photo)",
                        a(PHOTO_CREDIT, PHOTO_AGENCY, "AP", null, "(AP Photo)")),
                // "said" inside the quotation is the quoted man's; only Smith is proposed.
                is(
                        "“He said he would come,” John Smith said.",
                        a(NAMED_SPEAKER, PERSON, "John Smith", null, "John Smith said")),
                // A named source outweighs the hedge in its sentence.
                is(
                        "Officials said the convoy was reportedly heading north.",
                        a(REPORTING_VERB, ANONYMOUS, "officials", null, "Officials said")),
                // ... and footage.
                is(
                        "Footage aired on local television appeared to show the ship on fire, the coast guard said.",
                        a(REPORTING_VERB, ORGANIZATION, "the coast guard", null, "the coast guard said")),
                // A name after "the" is an organisation's, not a person's.
                is(
                        "The White House said the visit was postponed.",
                        a(REPORTING_VERB, ORGANIZATION, "the White House", null, "The White House said")),
                is(
                        "The ministry’s spokesman, Yannis Oikonomou, said the offer was fair.",
                        a(
                                NAMED_SPEAKER,
                                PERSON,
                                "Yannis Oikonomou",
                                "ministry’s spokesman",
                                "The ministry’s spokesman, Yannis Oikonomou, said")),
                is(
                        "A senior US official, speaking on condition of anonymity, said the talks had failed.",
                        a(
                                REPORTING_VERB,
                                ANONYMOUS,
                                "a senior US official",
                                null,
                                "A senior US official, speaking on condition of anonymity, said")),
                // Two sources in one sentence.
                is(
                        "The UN said aid was blocked, and the Red Cross warned of famine.",
                        a(REPORTING_VERB, ORGANIZATION, "the UN", null, "The UN said"),
                        a(REPORTING_VERB, ORGANIZATION, "the Red Cross", null, "the Red Cross warned")),
                is(
                        "The ministry denied the report, but two diplomats said talks had collapsed.",
                        a(REPORTING_VERB, ORGANIZATION, "the ministry", null, "The ministry denied"),
                        a(REPORTING_VERB, ANONYMOUS, "two diplomats", null, "two diplomats said")),
                // The same source twice in one sentence is proposed once.
                is(
                        "The ministry said the sale was final and the ministry added that no appeal was possible.",
                        a(REPORTING_VERB, ORGANIZATION, "the ministry", null, "The ministry said")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unattributed(String sentence) {
        assertEquals(List.of(), detect(sentence));
    }

    static Stream<String> unattributed() {
        return Stream.of(
                "The plan went ahead according to plan.",
                "The report was published on Monday.",
                "The reports of a ceasefire proved false.",
                "Said Ahmed arrived in Cairo on Monday.",
                "The lab found three confirmed cases of the virus.",
                "Rescuers pulled two survivors from the rubble.",
                "Prices rose 3 percent in March.",
                "The bridge, which opened in 1998, carries 40,000 cars a day.",
                "The announcement came after weeks of speculation.",
                "She wrote a letter to the editor.",
                "The company added 200 jobs last year.",
                "The snow is expected to ease on Thursday.",
                "“We say what we mean,” the banner read.",
                "Drivers were told to slow down.",
                "The minister will announce the budget on Friday.");
    }

    private static List<String> detect(String sentence) {
        return Stories.detector().detect(Stories.paragraphs(sentence)).stream()
                .map(x -> a(x.cue(), x.kind(), x.sourceName(), x.role(), x.span()))
                .toList();
    }

    private static Arguments is(String sentence, String... expected) {
        return arguments(sentence, List.of(expected));
    }

    private static String a(Cue cue, SourceKind kind, String sourceName, String role, String span) {
        return cue + " " + kind + " " + sourceName + " | role " + role + " | " + span;
    }
}
