/**
 * The cim sentiment scorer: an in-memory lexicon-and-rules scorer, conversation tracking and alerts.
 *
 * <p>Not yet implemented: this package is reserved for the scorer.
 */
package dev.cim.sentiment;
