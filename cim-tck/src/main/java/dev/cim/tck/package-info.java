/**
 * The cim test kit: abstract JUnit 5 contract tests that every implementation of the storage SPI must pass.
 *
 * <p>Not yet implemented: this package is reserved for the contract classes.
 */
package dev.cim.tck;
