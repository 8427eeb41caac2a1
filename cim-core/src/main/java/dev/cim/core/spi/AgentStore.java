package dev.cim.core.spi;

import dev.cim.core.model.Agent;
import dev.cim.core.model.AgentId;
import java.util.Optional;

/**
 * Stores agents (their profile: skills, languages, team, capacity; not their presence, which the routing engine
 * keeps). Implemented by a host over its own database; cim ships {@link dev.cim.core.memory.InMemoryAgentStore}.
 *
 * <h2>Contract</h2>
 * <ol>
 *   <li><b>AS-1</b> {@link #findById} returns the stored agent with that id, or empty.
 *   <li><b>AS-2</b> {@link #create} stores an agent whose {@code version} is 0 and returns it with version 1; any
 *       other version is rejected with {@link IllegalArgumentException}, writing nothing.
 *   <li><b>AS-3</b> Creation is idempotent: an id stored with equal content (but for the version) returns the stored
 *       agent; with different content it throws {@link DuplicateEntityException}, writing nothing.
 *   <li><b>AS-4</b> {@link #update} stores an agent whose version equals the stored one and returns it with the
 *       version plus one; a different version throws {@link VersionConflictException} and writes nothing; an unknown
 *       id throws {@link EntityNotFoundException}. Of N concurrent updates from one version exactly one succeeds.
 *   <li><b>AS-5</b> {@link #findAll} returns every stored agent exactly once across its pages, ordered by id
 *       ascending; an agent created while a client pages appears at most once.
 *   <li><b>AS-6</b> {@link #delete} removes the agent and returns true, or returns false if it was not stored.
 *   <li><b>AS-7</b> Returned agents are values that later writes do not change.
 *   <li><b>AS-8</b> Every method throws {@link NullPointerException} for a null argument, before any effect.
 *   <li><b>AS-9</b> All methods are safe to call from many threads at once; each is atomic.
 * </ol>
 * A failure of the backing storage is reported as {@link StoreException}.
 */
public interface AgentStore {

  /**
   * Finds an agent by id (AS-1).
   *
   * @param id the id; not null
   * @return the stored agent, or empty
   * @throws NullPointerException if {@code id} is null
   * @throws StoreException if the storage fails
   */
  Optional<Agent> findById(AgentId id);

  /**
   * Stores a new agent (AS-2, AS-3).
   *
   * @param agent the agent, version 0; not null
   * @return the stored agent, version 1 (or the equal agent already stored)
   * @throws NullPointerException if {@code agent} is null
   * @throws IllegalArgumentException if the version is not 0
   * @throws DuplicateEntityException if the id is stored with different content
   * @throws StoreException if the storage fails
   */
  Agent create(Agent agent);

  /**
   * Replaces a stored agent (AS-4).
   *
   * @param agent the changed agent, carrying the version it was read at; not null
   * @return the stored agent, its version one higher
   * @throws NullPointerException if {@code agent} is null
   * @throws VersionConflictException if the stored version differs
   * @throws EntityNotFoundException if the id is not stored
   * @throws StoreException if the storage fails
   */
  Agent update(Agent agent);

  /**
   * Lists agents by id, a page at a time (AS-5).
   *
   * @param page the page wanted; not null
   * @return the page
   * @throws NullPointerException if {@code page} is null
   * @throws IllegalArgumentException if the cursor was not issued by this store
   * @throws StoreException if the storage fails
   */
  Page<Agent> findAll(PageRequest page);

  /**
   * Removes an agent (AS-6).
   *
   * @param id the agent; not null
   * @return true if it was stored
   * @throws NullPointerException if {@code id} is null
   * @throws StoreException if the storage fails
   */
  boolean delete(AgentId id);
}
