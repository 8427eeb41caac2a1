package dev.cim.core.privacy;

/** A contact point's answer for one purpose, as recorded in the consent ledger. */
public enum ConsentStatus {
  /** The person agreed to be contacted for the purpose. */
  OPTED_IN,
  /** The person refused, or withdrew an earlier agreement. */
  OPTED_OUT
}
