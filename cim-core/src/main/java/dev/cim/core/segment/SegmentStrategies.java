package dev.cim.core.segment;

import dev.cim.core.model.AttributeKey;
import dev.cim.core.model.Customer;
import dev.cim.core.model.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Segments in order, each a {@link SegmentRule} and the {@link ServiceStrategy} it gets; a customer belongs to the
 * first segment whose rule matches.
 *
 * <pre>{@code
 * SegmentStrategies tiers = SegmentStrategies.builder()
 *     .segment("GOLD", SegmentRule.segmentIs("gold"), ServiceStrategy.of(8).withQueue("vip").withoutBot())
 *     .segment("STANDARD", SegmentRule.always(), ServiceStrategy.of(1).withBotPolicy("faq"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable; thread-safe if the rules' conditions are.
 *
 * @since 0.1.0
 */
public final class SegmentStrategies {
  /** The segment the hub placed a new interaction's customer in. */
  public static final AttributeKey<String> SEGMENT = AttributeKey.of("segment.name", String.class);
  /** The segment's SLA policy name, if its strategy has one. */
  public static final AttributeKey<String> SLA_POLICY = AttributeKey.of("segment.sla-policy", String.class);
  /** Why the interaction has its priority, e.g. {@code "priority 8 because segment GOLD"}; set when the strategy
   *  decided the priority. */
  public static final AttributeKey<String> PRIORITY_REASON = AttributeKey.of("segment.priority-reason", String.class);

  /** No segments: nothing matches. */
  public static final SegmentStrategies NONE = new SegmentStrategies(List.of());

  private final List<Match> segments;

  private SegmentStrategies(List<Match> segments) {
    this.segments = List.copyOf(segments);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the segments, in matching order.
   *
   * @return the segments; immutable
   */
  public List<Match> segments() {
    return segments;
  }

  /**
   * Finds the customer's segment: the first whose rule matches.
   *
   * @param customer the customer; not null
   * @return the segment and its strategy, or empty if none matches
   * @throws NullPointerException if {@code customer} is null
   */
  public Optional<Match> match(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    return segments.stream().filter(m -> m.rule().matches(customer)).findFirst();
  }

  /**
   * A segment: its name, rule and strategy.
   *
   * @param segment the segment's name as given (e.g. {@code "GOLD"}), 1 to 64 characters, not blank; not null
   * @param rule who belongs; not null
   * @param strategy how they are served; not null
   */
  public record Match(String segment, SegmentRule rule, ServiceStrategy strategy) {
    /**
     * Validates the segment.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank or longer than 64 characters
     */
    public Match {
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(strategy, "strategy");
      if (segment.isBlank() || segment.length() > 64) {
        throw new IllegalArgumentException("segment must be 1 to 64 characters and not blank, but was '" + segment
            + "'");
      }
    }

    /**
     * Applies the strategy to a new interaction: the priority becomes the strategy's unless the interaction's own is
     * higher (then no reason is recorded), the queue the strategy's unless the interaction names one, and the
     * attributes {@link #SEGMENT}, {@link #SLA_POLICY} and {@link #PRIORITY_REASON} are set.
     *
     * @param fresh the new interaction; not null
     * @return the interaction with the strategy applied
     * @throws NullPointerException if {@code fresh} is null
     */
    public Interaction applyTo(Interaction fresh) {
      Objects.requireNonNull(fresh, "fresh");
      var a = fresh.attributes().with(SEGMENT, segment);
      if (strategy.slaPolicy().isPresent()) {
        a = a.with(SLA_POLICY, strategy.slaPolicy().get());
      }
      Interaction out = fresh;
      if (strategy.priority() >= fresh.priority()) {
        out = out.withPriority(strategy.priority());
        a = a.with(PRIORITY_REASON, reason());
      }
      if (fresh.queue().isEmpty() && strategy.queue().isPresent()) {
        out = out.withQueue(strategy.queue().get());
      }
      return out.withAttributes(a);
    }

    /**
     * Returns the priority's explanation, {@code "priority P because segment NAME"}.
     *
     * @return the text
     */
    public String reason() {
      return String.format(Locale.ROOT, "priority %d because segment %s", strategy.priority(), segment);
    }
  }

  /** Builds {@link SegmentStrategies}. Not thread-safe. */
  public static final class Builder {
    private final List<Match> segments = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a segment after those added so far.
     *
     * @param name the segment's name; not blank, at most 64 characters, unique ignoring case
     * @param rule who belongs; not null
     * @param strategy how they are served; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is not valid or already added
     */
    public Builder segment(String name, SegmentRule rule, ServiceStrategy strategy) {
      Match m = new Match(name, rule, strategy);
      for (Match other : segments) {
        if (other.segment().equalsIgnoreCase(name)) {
          throw new IllegalArgumentException("segment names must be unique, but '" + name + "' was already added");
        }
      }
      segments.add(m);
      return this;
    }

    /**
     * Builds the strategies.
     *
     * @return the strategies
     */
    public SegmentStrategies build() {
      return new SegmentStrategies(segments);
    }
  }
}
