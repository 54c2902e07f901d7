package org.copydesk.engine.detection;

import static org.copydesk.domain.sourcing.SourceKind.ANONYMOUS;
import static org.copydesk.domain.sourcing.SourceKind.DOCUMENT;
import static org.copydesk.domain.sourcing.SourceKind.MEDIA_REPORT;
import static org.copydesk.domain.sourcing.SourceKind.ORGANIZATION;
import static org.copydesk.domain.sourcing.SourceKind.PERSON;
import static org.copydesk.domain.sourcing.SourceKind.VIDEO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.copydesk.domain.sourcing.SourceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements made in writing or online, interviews, quotations passed on by others, anonymous and
 * unnamed sources, and outlets told something (issue 14, item 5), with the kinds of the quality
 * corpus's table: an institution speaking as itself is an ORGANIZATION, a document as subject or
 * object a DOCUMENT, unnamed people ANONYMOUS, a named person PERSON, and the outlet someone "told"
 * is no source of its own.
 */
class WrittenAndOnlineAttributionsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void attributed(String sentence, List<String> expected) {
        assertEquals(expected, detect(sentence));
    }

    static Stream<Arguments> attributed() {
        return Stream.of(
                // Written and online: the verb, then where it was written, then what.
                is(
                        "The senator tweeted that the vote would be delayed.",
                        a(ANONYMOUS, "the senator", "The senator tweeted")),
                is(
                        "Maria Lopez tweeted on Tuesday that the vote would be delayed.",
                        a(PERSON, "Maria Lopez", "Maria Lopez tweeted")),
                is("Anna Schmidt wrote on X that the deal was close.", a(PERSON, "Anna Schmidt", "Anna Schmidt wrote")),
                is(
                        "Anna Schmidt posted on Facebook that the deal was close.",
                        a(PERSON, "Anna Schmidt", "Anna Schmidt posted")),
                is(
                        "Anna Schmidt posted on Instagram: “The deal is close.”",
                        a(PERSON, "Anna Schmidt", "Anna Schmidt posted")),
                is(
                        "The deal is close, Anna Schmidt wrote on Facebook.",
                        a(PERSON, "Anna Schmidt", "Anna Schmidt wrote")),
                is(
                        "Anna Schmidt said on Telegram that the deal was close.",
                        a(PERSON, "Anna Schmidt", "Anna Schmidt said")),
                is(
                        "Anna Schmidt said in a post on social media that the deal was close.",
                        a(PERSON, "Anna Schmidt", "Anna Schmidt said")),
                is(
                        "Jonas Berg wrote in a letter to shareholders that profits would rise.",
                        a(PERSON, "Jonas Berg", "Jonas Berg wrote")),
                is(
                        "The chief executive wrote in a letter to shareholders that profits would rise.",
                        a(ANONYMOUS, "the chief executive", "The chief executive wrote")),
                is("Jonas Berg wrote in an op-ed that the war was lost.", a(PERSON, "Jonas Berg", "Jonas Berg wrote")),
                is(
                        "Jonas Berg argued in a blog post that the war was lost.",
                        a(PERSON, "Jonas Berg", "Jonas Berg argued")),
                // Footage a person speaks in is the person's word, not the video's.
                is(
                        "Jonas Berg said in a video posted online that the war was lost.",
                        a(PERSON, "Jonas Berg", "Jonas Berg said")),
                // A photograph posted with words in quotation marks passes the words on.
                is(
                        "Striker Tomas Kral tweeted a photograph of the pitch with the words “Swimming pool”.",
                        a(PERSON, "Tomas Kral", "Striker Tomas Kral tweeted")),
                // Institutions and their documents.
                is(
                        "Researchers argued in a report that the drug was safe.",
                        a(ANONYMOUS, "researchers", "Researchers argued")),
                is(
                        "The company stated in a filing that revenue fell.",
                        a(ORGANIZATION, "the company", "The company stated")),
                is(
                        "The company said in a court filing that it would appeal.",
                        a(ORGANIZATION, "the company", "The company said")),
                is(
                        "The ministry announced on its website that the border would close.",
                        a(ORGANIZATION, "the ministry", "The ministry announced")),
                is(
                        "The ministry’s website said the border would close.",
                        a(ORGANIZATION, "the ministry", "The ministry’s website said")),
                is(
                        "According to the ministry’s website, the border will close.",
                        a(ORGANIZATION, "the ministry", "According to the ministry’s website")),
                is(
                        "The agency said in a report published on Tuesday that emissions rose.",
                        a(ORGANIZATION, "the agency", "The agency said")),
                is("A filing showed the company lost money.", a(DOCUMENT, "a filing", "A filing showed")),
                is("Court filings show the company lost money.", a(DOCUMENT, "court filings", "Court filings show")),
                is("The filing stated that the company lost money.", a(DOCUMENT, "the filing", "The filing stated")),
                is(
                        "A report by the agency found that emissions rose.",
                        a(DOCUMENT, "a report by the agency", "A report by the agency found")),
                is(
                        "The party wanted two ministries, according to a draft agreement seen by reporters.",
                        a(
                                DOCUMENT,
                                "a draft agreement seen by reporters",
                                "according to a draft agreement seen by reporters")),
                is(
                        "According to court documents, the man fled to Spain.",
                        a(DOCUMENT, "court documents", "According to court documents")),
                is(
                        "Figures released by the statistics office showed inflation fell to 3 percent.",
                        a(
                                DOCUMENT,
                                "figures released by the statistics office",
                                "Figures released by the statistics office showed")),
                is(
                        "Inflation fell to 3 percent, official figures showed on Tuesday.",
                        a(DOCUMENT, "official figures", "official figures showed")),
                is(
                        "A study published on Wednesday suggests that coffee protects the liver.",
                        a(DOCUMENT, "a study", "A study published on Wednesday suggests")),
                is(
                        "Their paper, published in a journal of the society, said small glaciers were vanishing.",
                        a(DOCUMENT, "their paper", "Their paper, published in a journal of the society, said")),
                is(
                        "The paper reported that the minister would resign.",
                        a(MEDIA_REPORT, "the paper", "The paper reported")),
                is(
                        "The temperature reached 47C in the city, according to the department’s evening bulletin.",
                        a(
                                DOCUMENT,
                                "the department’s evening bulletin",
                                "according to the department’s evening bulletin")),
                // Interviews: the speaker, never the outlet.
                is(
                        "In an interview with Le Monde, Jonas Berg said the war was lost.",
                        a(PERSON, "Jonas Berg", "Jonas Berg said")),
                is(
                        "In an interview with the BBC, the minister said she would resign.",
                        a(ANONYMOUS, "the minister", "the minister said")),
                is(
                        "Jonas Berg said in an interview with the BBC that he would resign.",
                        a(PERSON, "Jonas Berg", "Jonas Berg said")),
                // Quoted by others: the one quoted.
                is(
                        "Anna Schmidt was quoted by the TASS news agency as saying the talks had failed.",
                        a(PERSON, "Anna Schmidt", "Anna Schmidt was quoted by the TASS news agency as saying")),
                is(
                        "Anna Schmidt was quoted as saying the talks had failed.",
                        a(PERSON, "Anna Schmidt", "Anna Schmidt was quoted as saying")),
                is("He was quoted as saying the plan had failed.", a(ANONYMOUS, "he", "He was quoted as saying")),
                is(
                        "“We will appeal,” Anna Schmidt was quoted as saying by the daily Le Figaro.",
                        a(PERSON, "Anna Schmidt", "Anna Schmidt was quoted as saying")),
                is(
                        "The general was cited by state media as saying the border was calm.",
                        a(ANONYMOUS, "the general", "The general was cited by state media as saying")),
                // Told someone: the teller is the source, the outlet is not proposed.
                is("Anna Schmidt told Reuters the deal was close.", a(PERSON, "Anna Schmidt", "Anna Schmidt told")),
                is(
                        "Anna Schmidt told the Financial Times that the deal was close.",
                        a(PERSON, "Anna Schmidt", "Anna Schmidt told")),
                is(
                        "The deal is close, Anna Schmidt told the Financial Times on Monday.",
                        a(PERSON, "Anna Schmidt", "Anna Schmidt told")),
                is("Anna Schmidt told reporters the deal was close.", a(PERSON, "Anna Schmidt", "Anna Schmidt told")),
                is(
                        "The deal is close, a government official told AFP.",
                        a(ANONYMOUS, "a government official", "a government official told")),
                // Anonymous and unnamed sources.
                is(
                        "Sources familiar with the matter said the deal was close.",
                        a(ANONYMOUS, "sources familiar with the matter", "Sources familiar with the matter said")),
                is(
                        "People familiar with the matter said the deal was close.",
                        a(ANONYMOUS, "people familiar with the matter", "People familiar with the matter said")),
                is(
                        "Two sources with knowledge of the talks said a deal was close.",
                        a(
                                ANONYMOUS,
                                "two sources with knowledge of the talks",
                                "Two sources with knowledge of the talks said")),
                is(
                        "The deal is close, people briefed on the talks said.",
                        a(ANONYMOUS, "people briefed on the talks", "people briefed on the talks said")),
                is(
                        "A person close to the club said the coach would stay.",
                        a(ANONYMOUS, "a person close to the club", "A person close to the club said")),
                is(
                        "An official who asked not to be named said the deal was close.",
                        a(ANONYMOUS, "an official", "An official who asked not to be named said")),
                is(
                        "A diplomat, speaking on condition of anonymity, said the deal was close.",
                        a(ANONYMOUS, "a diplomat", "A diplomat, speaking on condition of anonymity, said")),
                is("“It is not a bubble,” one of them said.", a(ANONYMOUS, "one of them", "one of them said")),
                is("Neighbours said they heard a loud bang.", a(ANONYMOUS, "neighbours", "Neighbours said")),
                is(
                        "The coach told reporters after the match that he was proud of his players.",
                        a(ANONYMOUS, "the coach", "The coach told")),
                is(
                        "Grid operators said power had been restored.",
                        a(ORGANIZATION, "grid operators", "Grid operators said")),
                is("His lawyers declined to comment.", a(ANONYMOUS, "his lawyers", "His lawyers declined to comment")),
                // Outlets known by their shape, not by a list.
                is(
                        "Le Monde reported that the minister would resign.",
                        a(MEDIA_REPORT, "Le Monde", "Le Monde reported")),
                is(
                        "The Guardian reported on Sunday that the deal was off.",
                        a(MEDIA_REPORT, "the Guardian", "The Guardian reported")),
                is(
                        "The German newspaper Der Spiegel reported that the deal was off.",
                        a(
                                MEDIA_REPORT,
                                "the German newspaper Der Spiegel",
                                "The German newspaper Der Spiegel reported")),
                is(
                        "According to the trade publication Screen Weekly, the rights were sold.",
                        a(
                                MEDIA_REPORT,
                                "the trade publication Screen Weekly",
                                "According to the trade publication Screen Weekly")),
                is("The BBC understands the talks have stalled.", a(MEDIA_REPORT, "the BBC", "The BBC understands")),
                // Footage filmed and shared.
                is(
                        "A video filmed by a resident and shared widely online shows waves breaking over the wall.",
                        a(VIDEO, "a video", "A video filmed by a resident and shared widely online shows")),
                is(
                        "A video posted on social media showed flames crossing the motorway.",
                        a(VIDEO, "a video", "A video posted on social media showed")),
                // Accusations and blame, with what they are about.
                is(
                        "Opposition leader Nikos Pappas accused ministers of covering up evidence.",
                        a(PERSON, "Nikos Pappas", "Opposition leader Nikos Pappas accused")),
                is(
                        "The opposition blamed the heat for the outages.",
                        a(ORGANIZATION, "the opposition", "The opposition blamed")),
                // A verb joined by "and" or "but" has the subject of the verb before it.
                is(
                        "Health Secretary Wes Streeting welcomed the fall but said there was a long way to go.",
                        a(PERSON, "Wes Streeting", "Health Secretary Wes Streeting welcomed the fall but said")),
                is(
                        "Researchers in Basel compared aerial photographs with drone images and found that 1,000"
                                + " glaciers had gone.",
                        a(
                                ANONYMOUS,
                                "researchers in Basel",
                                "Researchers in Basel compared aerial photographs with drone images and found")),
                is(
                        "A report to the cabinet warned that visits had fallen by a third.",
                        a(DOCUMENT, "a report to the cabinet", "A report to the cabinet warned")),
                // Expectations, beliefs and complaints are claims on the word of who holds them.
                is(
                        "Forecasters expect the rainy season to begin in early June.",
                        a(ANONYMOUS, "forecasters", "Forecasters expect")),
                is("Police believe the fire was started deliberately.", a(ORGANIZATION, "police", "Police believe")),
                is(
                        "Teachers have long complained that classrooms lack fans.",
                        a(ANONYMOUS, "teachers", "Teachers have long complained")),
                // What a speaker cites is not a speaker of its own.
                is(
                        "At least six people have died, the health department said, citing hospital reports.",
                        a(ORGANIZATION, "the health department", "the health department said")),
                // Courts rule.
                is("The court ruled that the contract was void.", a(ORGANIZATION, "the court", "The court ruled")),
                is(
                        "An employment tribunal ruled on Friday that the couriers were workers.",
                        a(ORGANIZATION, "an employment tribunal", "An employment tribunal ruled")),
                is(
                        "The newspaper described the play as “the most honest hour of theatre this year”.",
                        a(MEDIA_REPORT, "the newspaper", "The newspaper described")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unattributed(String sentence) {
        assertEquals(List.of(), detect(sentence));
    }

    static Stream<String> unattributed() {
        return Stream.of(
                "The report was published on Tuesday.",
                "He tweets often about football.",
                "The company filed for bankruptcy.",
                "Posted prices rose.",
                "Sources of funding dried up.",
                "The told story was old.",
                "The interview lasted an hour.",
                "Storm batters coast as thousands flee",
                "Ferry services resume after week of gales",
                "She wrote in the 1990s.",
                "He posted on Facebook.",
                "She wrote a letter to the editor.",
                "The team found a way back into the match.",
                "Police found the body in a river.",
                "Job cuts announced by the company will hit 300 workers.",
                "Its growth forecast was cut to 1.1 percent.",
                "The states of Lagos and Ogun voted on Sunday.",
                "Member states met in Brussels.",
                "The minister’s statement came after weeks of pressure.",
                "He described the scene in detail.",
                "The video lasted three minutes.",
                "The man, 45, admitted two counts of fraud at the court in May.",
                "A spokesman for the club was not available.",
                "Fans queued outside the stadium for hours.",
                "He was accused of fraud.",
                "The accused man stood in the dock.",
                "Police blamed.",
                "The minister called for calm.",
                "A man called Bob Hill opened the shop.",
                "Residents can expect delays on the motorway.",
                "Nobody expects miracles.",
                "Neither side commented on the delay.",
                "What to expect at the summit.");
    }

    private static List<String> detect(String sentence) {
        return Stories.detector().detect(Stories.paragraphs(sentence)).stream()
                .map(x -> a(x.kind(), x.sourceName(), x.span()))
                .toList();
    }

    private static Arguments is(String sentence, String... expected) {
        return arguments(sentence, List.of(expected));
    }

    private static String a(SourceKind kind, String sourceName, String span) {
        return kind + " " + sourceName + " | " + span;
    }
}
