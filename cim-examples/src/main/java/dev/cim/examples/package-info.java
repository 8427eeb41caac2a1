/**
 * Runnable examples of embedding cim, each with a test that runs it.
 */
package dev.cim.examples;
