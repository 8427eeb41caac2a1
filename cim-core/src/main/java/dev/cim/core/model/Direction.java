package dev.cim.core.model;

/** Who started an interaction. */
public enum Direction {
  /** The customer contacted the company. */
  INBOUND,
  /** The company contacted the customer. */
  OUTBOUND
}
