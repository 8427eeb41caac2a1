package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cim.core.identity.MergeId;
import dev.cim.core.identity.MergeOptions;
import dev.cim.core.identity.MergeRecord;
import dev.cim.core.model.Customer;
import dev.cim.core.model.InteractionId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The codecs of the identity types (merge ids, options and records). Not API. */
final class IdentityCodecs {
  private IdentityCodecs() {}

  static final Codecs.Str<MergeId> MERGE_ID = new Codecs.Str<>("merge id", MergeId.class, MergeId::of,
      MergeId::value);
  static final Codecs.Str<MergeOptions.Precedence> PRECEDENCE = Codecs.enumeration(MergeOptions.Precedence.class);
  static final Codecs.Str<MergeRecord.Status> STATUS = Codecs.enumeration(MergeRecord.Status.class);
  private static final Codec<Map<String, MergeOptions.Precedence>> PER_KEY = Codecs.mapOf(Codecs.STRING, PRECEDENCE);
  private static final Codec<List<InteractionId>> INTERACTION_IDS = Codecs.listOf(ModelCodecs.INTERACTION_ID);

  private static <T> void put(JsonGenerator g, String name, T value, Codec<T> codec) throws IOException {
    g.writeFieldName(name);
    codec.write(value, g);
  }

  static final Codecs.Obj<MergeOptions> MERGE_OPTIONS = new Codecs.Obj<>(MergeOptions.class) {
    @Override
    void writeFields(MergeOptions v, JsonGenerator g) throws IOException {
      put(g, "precedence", v.precedence(), PRECEDENCE);
      put(g, "perKey", v.perKey(), PER_KEY);
    }

    @Override
    Codecs.Builder<MergeOptions> fields(Fields f) throws IOException {
      MergeOptions.Precedence precedence = f.req("precedence", PRECEDENCE);
      Map<String, MergeOptions.Precedence> perKey = f.orElse("perKey", PER_KEY, Map.of());
      return () -> new MergeOptions(precedence, perKey);
    }
  };

  static final Codecs.Obj<MergeRecord> MERGE_RECORD = new Codecs.Obj<>(MergeRecord.class) {
    @Override
    void writeFields(MergeRecord v, JsonGenerator g) throws IOException {
      put(g, "id", v.id(), MERGE_ID);
      put(g, "survivorBefore", v.survivorBefore(), ModelCodecs.CUSTOMER);
      put(g, "mergedAwayBefore", v.mergedAwayBefore(), ModelCodecs.CUSTOMER);
      put(g, "options", v.options(), MERGE_OPTIONS);
      put(g, "movedInteractions", v.movedInteractions(), INTERACTION_IDS);
      put(g, "status", v.status(), STATUS);
      g.writeNumberField("version", v.version());
      put(g, "createdAt", v.createdAt(), Codecs.INSTANT);
      put(g, "updatedAt", v.updatedAt(), Codecs.INSTANT);
    }

    @Override
    Codecs.Builder<MergeRecord> fields(Fields f) throws IOException {
      MergeId id = f.req("id", MERGE_ID);
      Customer survivorBefore = f.req("survivorBefore", ModelCodecs.CUSTOMER);
      Customer mergedAwayBefore = f.req("mergedAwayBefore", ModelCodecs.CUSTOMER);
      MergeOptions options = f.req("options", MERGE_OPTIONS);
      List<InteractionId> moved = f.orElse("movedInteractions", INTERACTION_IDS, List.of());
      MergeRecord.Status status = f.req("status", STATUS);
      long version = f.req("version", Codecs.LONG);
      Instant createdAt = f.req("createdAt", Codecs.INSTANT);
      Instant updatedAt = f.req("updatedAt", Codecs.INSTANT);
      return () -> new MergeRecord(id, survivorBefore, mergedAwayBefore, options, moved, status, version, createdAt,
          updatedAt);
    }
  };
}
