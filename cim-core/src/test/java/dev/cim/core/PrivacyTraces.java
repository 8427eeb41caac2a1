package dev.cim.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cim.core.json.CimJson;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.CustomerId;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.InteractionState;
import dev.cim.core.spi.Page;
import dev.cim.core.spi.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Serialises everything the hub's stores hold (as far as their SPIs let anyone find it) for trace searches. */
final class PrivacyTraces {
  private static final ObjectMapper JSON = CimJson.newObjectMapper();

  private PrivacyTraces() {}

  /**
   * Returns one JSON text of every customer among {@code customerIds}, every customer holding one of
   * {@code contactPoints}, every interaction in every state with all its messages, and the consent history of every
   * contact point, every merge record naming one of the customers (and every unfinished one), and their aliases.
   */
  static String everything(InteractionHub hub, Collection<CustomerId> customerIds,
      Collection<ContactPoint> contactPoints) throws Exception {
    Map<String, Object> all = new TreeMap<>();
    List<Object> customers = new ArrayList<>();
    for (CustomerId id : customerIds) {
      hub.customerStore().findById(id).ifPresent(customers::add);
    }
    for (ContactPoint cp : contactPoints) {
      hub.customerStore().findByContactPoint(cp).ifPresent(customers::add);
    }
    all.put("customers", JSON.writeValueAsString(customers));
    List<Object> interactions = new ArrayList<>();
    List<Object> messages = new ArrayList<>();
    for (InteractionState state : InteractionState.values()) {
      Page<Interaction> page = hub.interactionStore().findByState(state, PageRequest.first(PageRequest.MAX_SIZE));
      for (Interaction i : page.items()) {
        interactions.add(i);
        messages.addAll(hub.interactionStore().findMessages(i.id(), PageRequest.first(PageRequest.MAX_SIZE))
            .items());
      }
    }
    for (CustomerId id : customerIds) {
      interactions.addAll(hub.interactionStore().findByCustomer(id, PageRequest.first(PageRequest.MAX_SIZE)).items());
      messages.addAll(hub.interactionStore().timeline(id, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }
    all.put("interactions", JSON.writeValueAsString(interactions));
    all.put("messages", JSON.writeValueAsString(messages));
    StringBuilder consents = new StringBuilder();
    for (ContactPoint cp : contactPoints) {
      hub.consentStore().history(cp).forEach(e -> consents.append(e.contactPoint().value()).append('|')
          .append(e.purpose()).append('|').append(e.source()).append('\n'));
    }
    all.put("consents", consents.toString());
    List<Object> merges = new ArrayList<>();
    StringBuilder aliases = new StringBuilder();
    for (CustomerId id : customerIds) {
      merges.addAll(hub.mergeStore().findByCustomer(id));
      CustomerId target = hub.mergeStore().resolveAlias(id);
      if (!target.equals(id)) {
        aliases.append(id.value()).append("->").append(target.value()).append('\n');
      }
    }
    merges.addAll(hub.mergeStore().findUnfinished());
    all.put("merges", JSON.writeValueAsString(merges));
    all.put("aliases", aliases.toString());
    return JSON.writeValueAsString(all);
  }
}
