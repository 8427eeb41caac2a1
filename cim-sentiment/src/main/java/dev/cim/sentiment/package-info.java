/**
 * cim's sentiment analysis: an in-memory lexicon-and-rules scorer, conversation tracking and alerts.
 *
 * <p>Where to start:
 * <ul>
 *   <li>{@link dev.cim.sentiment.SentimentScorer#ofDefaults()} scores a text: a {@link dev.cim.sentiment.SentimentResult}
 *       with a compound score in [-1, 1] and positive, negative and neutral shares;
 *       {@link dev.cim.sentiment.SentimentScorer#explain} also says which terms and rules moved it.</li>
 *   <li>{@link dev.cim.sentiment.Lexicon} is the data: {@link dev.cim.sentiment.Lexicon#builtIn()} (written by this
 *       project), overlays with {@link dev.cim.sentiment.Lexicon#from}, files in cim's, VADER's or AFINN's format
 *       with {@link dev.cim.sentiment.Lexicon#load}.</li>
 *   <li>{@link dev.cim.sentiment.SentimentAnalyzer} is the {@link dev.cim.core.MessageAnalyzer} for the hub: it
 *       scores messages, tracks each conversation ({@link dev.cim.sentiment.ConversationTracker},
 *       {@link dev.cim.sentiment.TrackerConfig}) and raises {@link dev.cim.core.event.SentimentAlert} and
 *       {@link dev.cim.core.event.SentimentRecovered}.</li>
 *   <li>{@link dev.cim.sentiment.ScoreLines} is a command that scores lines of standard input.</li>
 * </ul>
 */
package dev.cim.sentiment;
