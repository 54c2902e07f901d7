/**
 * The copy check: findings a copy editor applies or dismisses before a story goes to READY.
 *
 * <p>{@link org.copydesk.engine.copycheck.CopyChecker} runs two kinds of rule over a story's
 * headline and blocks and returns {@link org.copydesk.engine.copycheck.Finding}s:
 * <ul>
 *   <li>{@link org.copydesk.engine.copycheck.NameConsistencyRule}, ours: capitalised words that
 *       nearly match a known name ("Chine" for "China"), even when a dictionary accepts them;
 *   <li>LanguageTool's American English spelling and grammar rules, chosen for news copy
 *       ({@link org.copydesk.engine.copycheck.NewsRules}), and three grammar rules of ours in
 *       LanguageTool's own pattern format ({@link org.copydesk.engine.copycheck.NewsGrammar}) for
 *       slips it misses: "at least military helicopter", "shows Russian a military helicopter",
 *       "army combat vehicles movements".
 * </ul>
 * Known names come from the {@link org.copydesk.engine.copycheck.Gazetteer}, from
 * {@link org.copydesk.engine.copycheck.KnownNames} (the story's sources and the newsroom
 * dictionary) and from the story itself; they are never reported as misspellings.
 *
 * <p>Plain Java: the application wraps one shared {@code CopyChecker} in a bean. LanguageTool needs
 * Apache Commons Logging at run time, which WildFly gives every deployment.
 */
package org.copydesk.engine.copycheck;
