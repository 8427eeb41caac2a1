package dev.cim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.cim.core.event.CimEvent;
import java.io.IOException;
import java.util.Map;

/** Writes any registered event with its fixed {@code "type"} name; fails for an unregistered class. Not API. */
final class EventSerializer extends StdSerializer<CimEvent> {
  private static final long serialVersionUID = 1L;

  private final transient Map<Class<?>, EventType<?>> byClass;

  EventSerializer(Map<Class<?>, EventType<?>> byClass) {
    super(CimEvent.class);
    this.byClass = byClass;
  }

  @Override
  public void serialize(CimEvent value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    EventType<?> t = byClass.get(value.getClass());
    if (t == null) {
      provider.reportMappingProblem("event class %s has no registered JSON type name; register it with "
          + "CimJacksonModule.builder().event(name, type, serializer, deserializer)", value.getClass().getName());
    }
    write(t, value, gen, provider);
  }

  private static <E extends CimEvent> void write(EventType<E> t, CimEvent value, JsonGenerator gen,
      SerializerProvider provider) throws IOException {
    t.write(t.type.cast(value), gen, provider);
  }
}
