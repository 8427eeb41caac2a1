package dev.cim.core.model;

import static dev.cim.core.model.InteractionState.ABANDONED;
import static dev.cim.core.model.InteractionState.ACTIVE;
import static dev.cim.core.model.InteractionState.CLOSED;
import static dev.cim.core.model.InteractionState.HELD;
import static dev.cim.core.model.InteractionState.NEW;
import static dev.cim.core.model.InteractionState.OFFERED;
import static dev.cim.core.model.InteractionState.QUEUED;
import static dev.cim.core.model.InteractionState.RESOLVED;
import static dev.cim.core.model.InteractionState.TRANSFERRED;
import static dev.cim.core.model.InteractionState.WRAP_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The interaction lifecycle: any sequence of moves is either legal and applied, or throws and changes nothing; the
 * table of legal moves; terminal states; the history checks of the canonical constructor.
 */
class InteractionLifecycleTest {
  private static final Instant T0 = ModelArbitraries.BASE;

  private static Interaction open() {
    return Interaction.open(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.CHAT, CaseId.of("k-1"), T0);
  }

  /** A component-by-component copy, taken before a move, to compare with afterwards. */
  private static Interaction copyOf(Interaction i) {
    return new Interaction(i.id(), i.customerId(), i.channel(), i.direction(), i.topic(), i.priority(), i.caseId(),
        i.threadRef(), i.queue(), i.assignedAgent(), i.disposition(), i.attributes(), i.state(),
        new ArrayList<>(i.history()), i.version(), i.createdAt(), i.updatedAt());
  }

  /** Moves: a target state (mostly among the allowed ones, sometimes any) and seconds after the last change. */
  @Provide
  Arbitrary<List<Tuple.Tuple3<Integer, InteractionState, Integer>>> moves() {
    return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.of(InteractionState.class),
        Arbitraries.integers().between(-120, 600)).as(Tuple::of).list().ofMaxSize(25);
  }

  /**
   * Two moves in three pick an allowed state, mostly an open one (so that long legal runs happen); the third picks
   * any state.
   */
  private static InteractionState target(InteractionState from, Tuple.Tuple3<Integer, InteractionState, Integer> m) {
    List<InteractionState> allowed = new ArrayList<>(from.allowedNext());
    allowed.sort(null);
    List<InteractionState> open = new ArrayList<>(allowed);
    open.removeIf(InteractionState::isTerminal);
    List<InteractionState> pool = open.isEmpty() || m.get1() % 10 == 1 ? allowed : open;
    return pool.isEmpty() || m.get1() % 3 == 0 ? m.get2() : pool.get(m.get1() % pool.size());
  }

  @Provide
  Arbitrary<Interaction> interactions() {
    return ModelArbitraries.interactions();
  }

  /** Mostly open interactions, so that most move sequences do not start at a dead end. */
  @Provide
  Arbitrary<Interaction> starts() {
    return Arbitraries.frequencyOf(Tuple.of(1, ModelArbitraries.interactions()),
        Tuple.of(3, ModelArbitraries.interactions().filter(Interaction::isOpen)));
  }

  @Property(tries = 250)
  void anyMoveSequence_isLegalAndApplied_orThrowsAndChangesNothing(
      @ForAll("starts") Interaction start,
      @ForAll("moves") List<Tuple.Tuple3<Integer, InteractionState, Integer>> moves) {
    Interaction current = start;
    for (Tuple.Tuple3<Integer, InteractionState, Integer> move : moves) {
      InteractionState target = target(current.state(), move);
      Instant at = current.stateSince().plusSeconds(move.get3());
      Interaction before = copyOf(current);
      boolean legal = current.state().allowedNext().contains(target);
      boolean inTime = !at.isBefore(current.stateSince());
      Interaction moved = null;
      RuntimeException thrown = null;
      try {
        moved = current.transitionTo(target, at);
      } catch (IllegalTransitionException | IllegalArgumentException e) {
        thrown = e;
      }
      if (moved != null) {
        assertThat(legal && inTime).as("%s -> %s at %s was accepted", before.state(), target, at).isTrue();
        assertThat(moved.state()).isEqualTo(target);
        assertThat(moved.history()).hasSize(before.history().size() + 1)
            .startsWith(before.history().toArray(new StateChange[0]))
            .endsWith(new StateChange(target, at));
        assertThat(moved.stateSince()).isEqualTo(at);
        assertThat(moved.updatedAt()).isEqualTo(at.isAfter(before.updatedAt()) ? at : before.updatedAt());
        assertThat(moved.firstEntered(target)).isPresent();
        assertThat(moved.isOpen()).isEqualTo(!target.isTerminal());
        // everything else is carried over
        assertThat(moved.id()).isEqualTo(before.id());
        assertThat(moved.attributes()).isEqualTo(before.attributes());
        assertThat(moved.version()).isEqualTo(before.version());
        assertThat(moved.createdAt()).isEqualTo(before.createdAt());
        Statistics.label("outcome").collect("applied");
      } else if (thrown instanceof IllegalTransitionException e) {
        assertThat(legal).as("legal move %s -> %s was refused", before.state(), target).isFalse();
        assertThat(e.getFrom()).isEqualTo(before.state());
        assertThat(e.getTo()).isEqualTo(target);
        assertThat(e.getInteractionId()).isEqualTo(before.id());
        assertThat(e).hasMessageStartingWith("interaction '" + before.id() + "' cannot move from " + before.state()
            + " to " + target);
        Statistics.label("outcome").collect("illegal");
      } else {
        assertThat(legal).as("legal").isTrue();
        assertThat(inTime).as("in time").isFalse();
        assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("must not be before its last state change " + before.stateSince() + ", but was "
                + at);
        Statistics.label("outcome").collect("back in time");
      }
      // a refused move left the interaction exactly as it was
      assertThat(current).isEqualTo(before);
      if (moved != null) {
        current = moved;
      }
    }
    // the interaction we started with never changed
    assertThat(start).isEqualTo(copyOf(start));
  }

  @Property(tries = 200)
  void walksOfAllowedNext_alwaysSucceed(@ForAll("interactions") Interaction i) {
    assertThat(i.history().get(0).state()).isEqualTo(NEW);
    for (int k = 1; k < i.history().size(); k++) {
      assertThat(i.history().get(k - 1).state().canMoveTo(i.history().get(k).state())).isTrue();
      assertThat(i.history().get(k).at()).isAfterOrEqualTo(i.history().get(k - 1).at());
    }
    Statistics.label("history length").collect(i.history().size() > 5 ? ">5" : String.valueOf(i.history().size()));
  }

  @Example
  void allowedNext_isTheDocumentedTable() {
    assertThat(NEW.allowedNext()).containsExactlyInAnyOrder(QUEUED, ACTIVE, RESOLVED, CLOSED, ABANDONED);
    assertThat(QUEUED.allowedNext()).containsExactlyInAnyOrder(OFFERED, ACTIVE, TRANSFERRED, CLOSED, ABANDONED);
    assertThat(OFFERED.allowedNext()).containsExactlyInAnyOrder(ACTIVE, QUEUED, CLOSED, ABANDONED);
    assertThat(ACTIVE.allowedNext()).containsExactlyInAnyOrder(HELD, WRAP_UP, TRANSFERRED, RESOLVED, CLOSED);
    assertThat(HELD.allowedNext()).containsExactlyInAnyOrder(ACTIVE, WRAP_UP, TRANSFERRED, CLOSED, ABANDONED);
    assertThat(WRAP_UP.allowedNext()).containsExactlyInAnyOrder(RESOLVED, CLOSED);
    assertThat(TRANSFERRED.allowedNext()).containsExactlyInAnyOrder(QUEUED, OFFERED, ACTIVE, CLOSED, ABANDONED);
    assertThatThrownBy(() -> NEW.allowedNext().add(HELD)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(EnumSet.allOf(InteractionState.class).stream().filter(InteractionState::isWithAgent))
        .containsExactlyInAnyOrder(ACTIVE, HELD, WRAP_UP);
  }

  @Example
  void terminalStates_allowNothing() {
    for (InteractionState terminal : List.of(RESOLVED, CLOSED, ABANDONED)) {
      assertThat(terminal.isTerminal()).isTrue();
      assertThat(terminal.allowedNext()).isEmpty();
      Interaction done = open().transitionTo(terminal, T0.plusSeconds(1));
      assertThat(done.isOpen()).isFalse();
      for (InteractionState target : InteractionState.values()) {
        assertThat(terminal.canMoveTo(target)).isFalse();
        assertThatThrownBy(() -> done.transitionTo(target, T0.plusSeconds(2)))
            .isInstanceOf(IllegalTransitionException.class)
            .hasMessage("interaction 'i-1' cannot move from " + terminal + " to " + target + "; allowed from "
                + terminal + ": none (terminal)");
      }
    }
    assertThat(EnumSet.allOf(InteractionState.class).stream().filter(InteractionState::isTerminal))
        .containsExactlyInAnyOrder(RESOLVED, CLOSED, ABANDONED);
  }

  @Example
  void transition_recordsTimesAndFirstEntered() {
    Interaction i = open().transitionTo(QUEUED, T0.plusSeconds(5)).transitionTo(OFFERED, T0.plusSeconds(7))
        .transitionTo(QUEUED, T0.plusSeconds(9)).transitionTo(ACTIVE, T0.plusSeconds(9));
    assertThat(i.firstEntered(QUEUED)).contains(T0.plusSeconds(5));
    assertThat(i.firstEntered(HELD)).isEmpty();
    assertThat(i.stateSince()).isEqualTo(T0.plusSeconds(9));
    assertThat(i.updatedAt()).isEqualTo(T0.plusSeconds(9));
    assertThat(i.history()).extracting(StateChange::state).containsExactly(NEW, QUEUED, OFFERED, QUEUED, ACTIVE);
    assertThatThrownBy(() -> i.history().add(new StateChange(HELD, T0))).isInstanceOf(
        UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------- canonical constructor

  private static Interaction build(List<StateChange> history, InteractionState state, Instant createdAt,
      Instant updatedAt) {
    return new Interaction(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.CHAT, Direction.INBOUND,
        Optional.empty(), 0, CaseId.of("k-1"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Attributes.empty(), state, history, 0, createdAt, updatedAt);
  }

  private static StateChange at(InteractionState s, long seconds) {
    return new StateChange(s, T0.plusSeconds(seconds));
  }

  @Example
  void constructor_rejectsEmptyHistoryOrOneNotStartingWithNew() {
    assertThatIllegalArgumentException().isThrownBy(() -> build(List.of(), NEW, T0, T0))
        .withMessage("history of interaction 'i-1' must start with NEW, but was []");
    assertThatIllegalArgumentException().isThrownBy(() -> build(List.of(at(QUEUED, 0)), QUEUED, T0, T0))
        .withMessageStartingWith("history of interaction 'i-1' must start with NEW, but was [StateChange[state=QUEUED");
  }

  @Example
  void constructor_rejectsHistoryNotStartingAtCreatedAt() {
    assertThatIllegalArgumentException().isThrownBy(() -> build(List.of(at(NEW, 1)), NEW, T0, T0.plusSeconds(1)))
        .withMessage("history of interaction 'i-1' must start at createdAt " + T0 + ", but starts at "
            + T0.plusSeconds(1));
  }

  @Example
  void constructor_rejectsIllegalMove() {
    assertThatIllegalArgumentException().isThrownBy(() -> build(List.of(at(NEW, 0), at(HELD, 1)), HELD, T0,
        T0.plusSeconds(1)))
        .withMessage("history of interaction 'i-1' moves from NEW to HELD at step 1, which the lifecycle does not "
            + "allow");
    assertThatIllegalArgumentException().isThrownBy(() -> build(List.of(at(NEW, 0), at(CLOSED, 1), at(QUEUED, 2)),
        QUEUED, T0, T0.plusSeconds(2)))
        .withMessageContaining("moves from CLOSED to QUEUED at step 2");
  }

  @Example
  void constructor_rejectsHistoryGoingBackInTime() {
    assertThatIllegalArgumentException().isThrownBy(() -> build(List.of(at(NEW, 0), at(QUEUED, 10), at(ACTIVE, 5)),
        ACTIVE, T0, T0.plusSeconds(10)))
        .withMessage("history of interaction 'i-1' goes back in time at step 2: " + T0.plusSeconds(5) + " is before "
            + T0.plusSeconds(10));
  }

  @Example
  void constructor_rejectsStateNotMatchingTheLastEntry() {
    assertThatIllegalArgumentException().isThrownBy(() -> build(List.of(at(NEW, 0), at(QUEUED, 1)), NEW, T0,
        T0.plusSeconds(1)))
        .withMessage("state of interaction 'i-1' must equal the last history entry QUEUED, but was NEW");
  }

  @Example
  void constructor_rejectsUpdatedAtBeforeTheLastChange() {
    assertThatIllegalArgumentException().isThrownBy(() -> build(List.of(at(NEW, 0), at(QUEUED, 10)), QUEUED, T0,
        T0.plusSeconds(9)))
        .withMessage("updatedAt of interaction 'i-1' must not be before its last state change " + T0.plusSeconds(10)
            + ", but was " + T0.plusSeconds(9));
    assertThatIllegalArgumentException().isThrownBy(() -> open().withUpdatedAt(T0.minusSeconds(1)))
        .withMessageContaining("updatedAt of interaction 'i-1' must not be before");
  }

  @Example
  void constructor_copiesTheHistory() {
    List<StateChange> history = new ArrayList<>(List.of(at(NEW, 0)));
    Interaction i = build(history, NEW, T0, T0);
    history.add(at(QUEUED, 1));
    assertThat(i.history()).hasSize(1);
  }

  @Example
  void constructor_acceptsEqualTimes() {
    Interaction i = build(List.of(at(NEW, 0), at(ACTIVE, 0), at(RESOLVED, 0)), RESOLVED, T0, T0);
    assertThat(i.isOpen()).isFalse();
    if (i.priority() != 0) {
      fail("priority changed");
    }
  }
}
