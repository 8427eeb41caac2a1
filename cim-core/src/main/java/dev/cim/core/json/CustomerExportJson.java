package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cim.core.model.CaseId;
import dev.cim.core.model.Channel;
import dev.cim.core.model.ContactPoint;
import dev.cim.core.model.Interaction;
import dev.cim.core.model.Message;
import dev.cim.core.privacy.ConsentEntry;
import dev.cim.core.privacy.CustomerExport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a {@link CustomerExport} as one JSON document, with the same forms as {@link CimJacksonModule} for the model
 * types (no default typing, no class names):
 *
 * <pre>{@code
 * {"format":"cim-customer-export","formatVersion":1,"exportedAt":"...",
 *  "customer":{...Customer...},
 *  "consents":[{"contactPoint":{...},"purpose":"marketing","status":"OPTED_IN","recordedAt":"...","source":"web-form"}],
 *  "consentLedger":[ ...every entry, same form... ],
 *  "interactions":[{"interaction":{...Interaction...},"messages":[{...Message...}]}],
 *  "cases":[{"caseId":"...","interactions":["..."],"channels":["chat"],"open":true}]}
 * }</pre>
 * {@code consents} holds the entry in force per contact point and purpose; {@code cases} groups the interactions by
 * case, in the order the interactions are listed.
 *
 * <p>Thread-safe: holds one configured mapper.
 */
public final class CustomerExportJson {
  /** The value of the document's {@code "format"} field. */
  public static final String FORMAT = "cim-customer-export";
  /** The value of the document's {@code "formatVersion"} field. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = CimJson.newObjectMapper();

  private CustomerExportJson() {}

  /**
   * Writes the export.
   *
   * @param export the export; not null
   * @return the JSON document; not null
   * @throws NullPointerException if {@code export} is null
   * @throws UncheckedIOException if the document cannot be written (a value the model codecs refuse)
   */
  public static String write(CustomerExport export) {
    Objects.requireNonNull(export, "export");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeStringField("exportedAt", export.exportedAt().toString());
      g.writeFieldName("customer");
      ModelCodecs.CUSTOMER.write(export.customer(), g);
      g.writeArrayFieldStart("consents");
      for (ConsentEntry e : inForce(export.consentLedger())) {
        writeConsent(e, g);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("consentLedger");
      for (ConsentEntry e : export.consentLedger()) {
        writeConsent(e, g);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("interactions");
      Map<CaseId, List<Interaction>> cases = new LinkedHashMap<>();
      for (CustomerExport.InteractionRecord r : export.interactions()) {
        cases.computeIfAbsent(r.interaction().caseId(), c -> new ArrayList<>()).add(r.interaction());
        g.writeStartObject();
        g.writeFieldName("interaction");
        ModelCodecs.INTERACTION.write(r.interaction(), g);
        g.writeArrayFieldStart("messages");
        for (Message m : r.messages()) {
          ModelCodecs.MESSAGE.write(m, g);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("cases");
      for (Map.Entry<CaseId, List<Interaction>> c : cases.entrySet()) {
        g.writeStartObject();
        g.writeStringField("caseId", c.getKey().value());
        g.writeArrayFieldStart("interactions");
        Set<Channel> channels = new LinkedHashSet<>();
        boolean open = false;
        for (Interaction i : c.getValue()) {
          g.writeString(i.id().value());
          channels.add(i.channel());
          open |= i.isOpen();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("channels");
        for (Channel ch : channels) {
          g.writeString(ch.name());
        }
        g.writeEndArray();
        g.writeBooleanField("open", open);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("customer export could not be written", e);
    }
    return out.toString();
  }

  private static List<ConsentEntry> inForce(List<ConsentEntry> ledger) {
    Map<List<Object>, ConsentEntry> latest = new LinkedHashMap<>();
    for (ConsentEntry e : ledger) {
      List<Object> key = List.of(e.contactPoint(), e.purpose());
      ConsentEntry prior = latest.get(key);
      if (prior == null || !e.recordedAt().isBefore(prior.recordedAt())) {
        latest.put(key, e);
      }
    }
    return new ArrayList<>(latest.values());
  }

  private static void writeConsent(ConsentEntry e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("contactPoint");
    ContactPoint cp = e.contactPoint();
    ModelCodecs.CONTACT_POINT.write(cp, g);
    g.writeStringField("purpose", e.purpose());
    g.writeStringField("status", e.status().name());
    g.writeStringField("recordedAt", e.recordedAt().toString());
    g.writeStringField("source", e.source());
    g.writeEndObject();
  }
}
