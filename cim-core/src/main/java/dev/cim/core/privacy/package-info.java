/**
 * Privacy: redaction of personal data in message text, the consent ledger, export and erasure of one customer.
 *
 * <p>Start with {@link dev.cim.core.privacy.Redactor} (what is masked, in linear time on any input) and
 * {@link dev.cim.core.privacy.MessageRedaction} (a {@link dev.cim.core.privacy.RedactionPolicy} per channel, given to
 * the hub with {@code InteractionHub.builder().redaction(...)}). Consent is recorded as
 * {@link dev.cim.core.privacy.ConsentEntry} entries in a {@link dev.cim.core.spi.ConsentStore}; the hub refuses an
 * outbound contact without an opt-in with {@link dev.cim.core.privacy.ConsentRequiredException}. The hub's
 * {@code export} writes a {@link dev.cim.core.privacy.CustomerExport} as JSON, and its {@code erase} returns an
 * {@link dev.cim.core.privacy.ErasureReceipt}, with other stores joining through
 * {@link dev.cim.core.privacy.ErasureParticipant}.
 */
package dev.cim.core.privacy;
