/**
 * JSON for cim's model and events, with Jackson.
 *
 * <p>Start with {@link dev.cim.core.json.CimJson#newObjectMapper()}, or register
 * {@link dev.cim.core.json.CimJacksonModule#ofDefaults()} with your own mapper. The module's Javadoc describes the
 * JSON form of every type and the exceptions malformed input gets. Jackson is used only in this package: the model
 * records carry no Jackson annotations. Events are told apart by a fixed {@code "type"} name, never by a class name;
 * hosts add names for their own events with {@link dev.cim.core.json.CimJacksonModule#builder()}.
 */
package dev.cim.core.json;
