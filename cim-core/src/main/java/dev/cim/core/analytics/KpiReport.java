package dev.cim.core.analytics;

import java.util.Objects;

/**
 * The KPIs of a set of facts (a time window, or one group of a breakdown). Every value keeps its whole counts, so that
 * two computations compare exactly; {@link Ratio#value()}, {@link Mean#value()} and {@link Nps#score()} give the
 * numbers. The formulas are in {@link Kpis}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contacts contacts that arrived (ARRIVED facts), {@code >= 0}
 * @param answered contacts answered by an agent after waiting, {@code >= 0}
 * @param abandoned contacts abandoned while waiting, short abandons included, {@code >= 0}
 * @param shortAbandoned of those, abandoned after waiting less than the short-abandon threshold, {@code >= 0}
 * @param speedOfAnswer ASA: waits of answered contacts, in milliseconds; not null
 * @param serviceLevel share answered within the threshold, abandoned counted per the policy; not null
 * @param abandonmentRate share abandoned, short abandons left out; not null
 * @param handleTime AHT: talk + hold + wrap-up per handled contact, in milliseconds; not null
 * @param talkTime talk per handled contact, in milliseconds; not null
 * @param holdTime hold per handled contact, in milliseconds; not null
 * @param wrapUpTime wrap-up per handled contact, in milliseconds; not null
 * @param firstContactResolution share of resolutions with no repeat contact on the case within the window; not null
 * @param firstResponseTime first agent reply after the customer's first message, written channels, in milliseconds;
 *     not null
 * @param responseTime every agent reply after the oldest unanswered customer message, written channels, in
 *     milliseconds; not null
 * @param occupancy busy time over available plus busy time, in milliseconds; not null
 * @param transferRate share of answered contacts transferred after being answered; not null
 * @param csat share of CSAT answers that are 4 or 5; not null
 * @param nps Net Promoter Score counts; not null
 * @param effort Customer Effort Score: mean of CES answers (1-7), in points; not null
 * @param botContainment share of bot conversations the bot resolved itself (see {@link Kpis}); not null
 * @since 0.1.0
 */
public record KpiReport(long contacts, long answered, long abandoned, long shortAbandoned, Mean speedOfAnswer,
    Ratio serviceLevel, Ratio abandonmentRate, Mean handleTime, Mean talkTime, Mean holdTime, Mean wrapUpTime,
    Ratio firstContactResolution, Mean firstResponseTime, Mean responseTime, Ratio occupancy, Ratio transferRate,
    Ratio csat, Nps nps, Mean effort, Ratio botContainment) {

  /**
   * Validates the report.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative
   */
  public KpiReport {
    if (contacts < 0 || answered < 0 || abandoned < 0 || shortAbandoned < 0) {
      throw new IllegalArgumentException("counts must be >= 0, but were " + contacts + ", " + answered + ", "
          + abandoned + ", " + shortAbandoned);
    }
    Objects.requireNonNull(speedOfAnswer, "speedOfAnswer");
    Objects.requireNonNull(serviceLevel, "serviceLevel");
    Objects.requireNonNull(abandonmentRate, "abandonmentRate");
    Objects.requireNonNull(handleTime, "handleTime");
    Objects.requireNonNull(talkTime, "talkTime");
    Objects.requireNonNull(holdTime, "holdTime");
    Objects.requireNonNull(wrapUpTime, "wrapUpTime");
    Objects.requireNonNull(firstContactResolution, "firstContactResolution");
    Objects.requireNonNull(firstResponseTime, "firstResponseTime");
    Objects.requireNonNull(responseTime, "responseTime");
    Objects.requireNonNull(occupancy, "occupancy");
    Objects.requireNonNull(transferRate, "transferRate");
    Objects.requireNonNull(csat, "csat");
    Objects.requireNonNull(nps, "nps");
    Objects.requireNonNull(effort, "effort");
    Objects.requireNonNull(botContainment, "botContainment");
  }
}
