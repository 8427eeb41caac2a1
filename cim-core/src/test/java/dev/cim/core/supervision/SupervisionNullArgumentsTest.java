package dev.cim.core.supervision;

import dev.cim.core.NullChecks;
import dev.cim.core.event.CustomerErased;
import dev.cim.core.event.InteractionOpened;
import dev.cim.core.event.InteractionStateChanged;
import dev.cim.core.event.MessageAdded;
import dev.cim.core.event.SentimentAlert;
import dev.cim.core.event.SentimentRecovered;
import dev.cim.core.event.SlaBreached;
import dev.cim.core.event.SupervisorBargedIn;
import dev.cim.core.memory.InMemoryCustomerStore;
import dev.cim.core.memory.InMemoryInteractionStore;
import dev.cim.core.model.AgentId;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.InteractionId;
import dev.cim.core.spi.CustomerStore;
import dev.cim.core.spi.InteractionStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the supervision types throws {@link NullPointerException} for each null
 * reference argument in turn (the other arguments valid). CimListener callbacks, whose argument the hub never passes
 * as null, are included too.
 */
class SupervisionNullArgumentsTest {
  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
  private static final BusinessCalendar CAL = BusinessCalendar.always(ZoneOffset.UTC);

  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(String.class, "x"), Map.entry(Instant.class, T0), Map.entry(Duration.class, Duration.ofMinutes(1)),
      Map.entry(Optional.class, Optional.empty()), Map.entry(List.class, List.of()), Map.entry(Set.class, Set.of()),
      Map.entry(Map.class, Map.of()), Map.entry(Collection.class, List.of()),
      Map.entry(Function.class, (Function<Object, Optional<String>>) a -> Optional.empty()),
      Map.entry(ZoneId.class, ZoneOffset.UTC), Map.entry(DayOfWeek.class, DayOfWeek.MONDAY),
      Map.entry(LocalTime.class, LocalTime.NOON), Map.entry(LocalDate.class, LocalDate.of(2026, 1, 1)),
      Map.entry(Clock.class, Clock.systemUTC()), Map.entry(AgentId.class, AgentId.of("a")),
      Map.entry(InteractionId.class, InteractionId.of("i")), Map.entry(CustomerId.class, CustomerId.of("c")),
      Map.entry(Activity.class, Activity.BREAK), Map.entry(Activity[].class, new Activity[] {Activity.BUSY}),
      Map.entry(ScheduledActivity[].class, new ScheduledActivity[0]), Map.entry(BusinessCalendar.class, CAL),
      Map.entry(SlaPolicy.class, SlaPolicy.of("p", CAL)),
      Map.entry(SlaPolicies.class, SlaPolicies.builder().build()),
      Map.entry(dev.cim.core.model.Interaction.class, dev.cim.core.model.Interaction.open(InteractionId.of("i"),
          CustomerId.of("c"), dev.cim.core.model.Channel.CHAT, dev.cim.core.model.CaseId.of("k"), T0)),
      Map.entry(SlaBreached.Target.class, SlaBreached.Target.RESOLUTION),
      Map.entry(SupervisorAlert.Kind.class, SupervisorAlert.Kind.LONG_WAIT),
      Map.entry(AdherenceFigures.class, AdherenceFigures.ZERO),
      Map.entry(InteractionStore.class, new InMemoryInteractionStore()),
      Map.entry(CustomerStore.class, new InMemoryCustomerStore()),
      Map.entry(SupervisorListener.class, (SupervisorListener) a -> { }),
      Map.entry(dev.cim.core.event.CimListener.class, new dev.cim.core.event.CimListener() { }));

  /** Event arguments of listener callbacks. */
  private static final Set<Class<?>> EVENTS = Set.of(InteractionOpened.class, MessageAdded.class,
      InteractionStateChanged.class, CustomerErased.class, SentimentAlert.class, SentimentRecovered.class,
      SlaBreached.class, SupervisorBargedIn.class);

  private static Object sample(Class<?> type) {
    if (type == int.class) {
      return 1;
    }
    if (type == double.class) {
      return 0.5;
    }
    if (type == boolean.class) {
      return true;
    }
    Object s = SAMPLES.get(type);
    if (s == null && !EVENTS.contains(type)) {
      throw new AssertionError("no sample for " + type.getName());
    }
    return s;
  }

  private static void assertRejectsNulls(Class<?> type, Object receiver) {
    NullChecks.assertRejectsNulls(type, receiver, SupervisionNullArgumentsTest::sample, Set.of());
  }

  @Test
  void businessCalendar() {
    assertRejectsNulls(BusinessCalendar.class, CAL);
    assertRejectsNulls(BusinessCalendar.Builder.class, BusinessCalendar.builder(ZoneOffset.UTC));
  }

  @Test
  void slaTypes() {
    assertRejectsNulls(SlaPolicy.class, SlaPolicy.of("p", CAL));
    assertRejectsNulls(SlaPolicies.class, SlaPolicies.builder().build());
    assertRejectsNulls(SlaPolicies.Builder.class, SlaPolicies.builder());
    assertRejectsNulls(SlaStatus.class, new SlaStatus(InteractionId.of("i"), CustomerId.of("c"),
        SlaPolicy.of("p", CAL), T0, Map.of(), Optional.empty(), Optional.empty(), List.of(), false));
    SlaMonitor monitor = SlaMonitor.builder(SlaPolicies.builder().build())
        .interactionStore(new InMemoryInteractionStore()).customerStore(new InMemoryCustomerStore()).build();
    assertRejectsNulls(SlaMonitor.class, monitor);
    assertRejectsNulls(SlaMonitor.Builder.class, SlaMonitor.builder(SlaPolicies.builder().build()));
  }

  @Test
  void supervisorTypes() {
    assertRejectsNulls(SupervisorAlert.class, null);
    assertRejectsNulls(SupervisorMonitor.class, SupervisorMonitor.builder().build());
    assertRejectsNulls(SupervisorMonitor.Builder.class, SupervisorMonitor.builder());
  }

  @Test
  void adherenceTypes() {
    assertRejectsNulls(Activity.class, Activity.BREAK);
    assertRejectsNulls(ActivityChange.class, null);
    assertRejectsNulls(ScheduledActivity.class, null);
    assertRejectsNulls(AgentSchedule.class, null);
    assertRejectsNulls(AdherenceFigures.class, AdherenceFigures.ZERO);
    assertRejectsNulls(ScheduleAdherence.class, ScheduleAdherence.ofDefaults());
    assertRejectsNulls(ScheduleAdherence.Builder.class, ScheduleAdherence.builder());
    assertRejectsNulls(ScheduleAdherence.AdherenceReport.class, new ScheduleAdherence.AdherenceReport(Map.of()));
  }
}
