package dev.cim.examples.demo;

import dev.cim.core.model.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated day: the people, the agents on shift and every contact they make, all drawn from one seeded random so
 * that the same seed gives the same day.
 */
final class Scenario {
  static final Instant DAY_START = Instant.parse("2026-03-02T08:00:00Z");
  static final Duration OPEN_HOURS = Duration.ofHours(12);
  static final List<String> TOPICS = List.of("billing", "tech", "orders", "cancellation");
  static final List<String> LANGUAGES = List.of("en", "es", "pt");

  /** A person who contacts the center. */
  record Person(int index, String name, String phone, String email, String language, String segment,
      boolean shortFused) {}

  /** An agent on shift. */
  record AgentSpec(String id, String name, List<String> topics, List<Integer> levels, List<String> languages,
      boolean chatDesk, String team, Instant shiftStart, Instant shiftEnd, Instant breakStart) {}

  /** What a customer's message sounds like. */
  enum Mood { CALM, ANNOYED, ANGRY }

  /** One contact: who, when, on which channel, about what, in which mood. */
  record Contact(Person person, Instant at, Channel channel, String topic, Mood mood, int followUps,
      Duration patience, boolean comeback) {}

  final List<Person> people = new ArrayList<>();
  final List<AgentSpec> agents = new ArrayList<>();
  final List<Contact> contacts = new ArrayList<>();

  private static final String[] FIRST = {"Ana", "Bruno", "Carla", "Diego", "Elena", "Farid", "Grace", "Hugo", "Ines",
      "Jonas", "Kemi", "Luis", "Maya", "Nils", "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Victor",
      "Wen", "Ximena", "Yusuf", "Zoe"};
  private static final String[] LAST = {"Lima", "Costa", "Meyer", "Okafor", "Silva", "Novak", "Haddad", "Kim",
      "Garcia", "Rossi", "Dubois", "Tanaka", "Berg", "Santos", "Ivanova", "Moreau"};

  Scenario(long seed, int customerCount, int agentCount) {
    Random random = new Random(seed);
    for (int i = 0; i < customerCount; i++) {
      String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
      String language = pick(random, LANGUAGES, 0.70, 0.20);
      String segment = random.nextDouble() < 0.15 ? "gold" : "standard";
      String phone = String.format(Locale.ROOT, "+1415%07d", 5_550_000 + i);
      String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + i + "@example.com";
      people.add(new Person(i, name, phone, email, language, segment, random.nextDouble() < 0.25));
    }
    for (int i = 0; i < agentCount; i++) {
      List<String> topics = new ArrayList<>();
      List<Integer> levels = new ArrayList<>();
      int skillCount = 1 + random.nextInt(3);
      List<String> shuffled = new ArrayList<>(TOPICS);
      java.util.Collections.shuffle(shuffled, random);
      for (int s = 0; s < skillCount; s++) {
        topics.add(shuffled.get(s));
        levels.add(3 + random.nextInt(8));
      }
      List<String> languages = new ArrayList<>(List.of("en"));
      if (random.nextDouble() < 0.30) {
        languages.add("es");
      }
      if (random.nextDouble() < 0.15) {
        languages.add("pt");
      }
      boolean chatDesk = i % 5 >= 3; // two in five agents work the written channels
      String name = FIRST[(i * 7) % FIRST.length] + " " + LAST[(i * 5) % LAST.length];
      boolean early = i % 2 == 0; // half the floor works 08:00-16:00, half 12:00-20:00
      Instant shiftStart = DAY_START.plus(Duration.ofHours(early ? 0 : 4));
      Instant shiftEnd = shiftStart.plus(Duration.ofHours(8));
      Instant breakStart = shiftStart.plus(Duration.ofMinutes(150 + random.nextInt(150)));
      agents.add(new AgentSpec(String.format(Locale.ROOT, "agent-%02d", i + 1), name, topics, levels, languages,
          chatDesk, chatDesk ? "digital" : "voice", shiftStart, shiftEnd, breakStart));
    }
    // Make sure every topic and language has someone, so no contact waits forever.
    for (int t = 0; t < TOPICS.size(); t++) {
      AgentSpec a = agents.get(t % agents.size());
      if (!a.topics().contains(TOPICS.get(t))) {
        a.topics().add(TOPICS.get(t));
        a.levels().add(6);
      }
    }
    for (int l = 1; l < LANGUAGES.size(); l++) {
      for (int k = 0; k < 2; k++) {
        AgentSpec a = agents.get((l * 3 + k) % agents.size());
        if (!a.languages().contains(LANGUAGES.get(l))) {
          a.languages().add(LANGUAGES.get(l));
        }
      }
    }
    for (Person p : people) {
      Instant at = DAY_START.plusSeconds(arrivalSecond(random));
      Channel channel = pickChannel(random);
      String topic = TOPICS.get(random.nextInt(TOPICS.size()));
      Mood mood = p.shortFused() ? (random.nextDouble() < 0.6 ? Mood.ANGRY : Mood.ANNOYED)
          : (random.nextDouble() < 0.15 ? Mood.ANNOYED : Mood.CALM);
      int followUps = channel.equals(Channel.VOICE) ? (p.shortFused() ? 1 : 0) : random.nextInt(3);
      Duration patience = Duration.ofSeconds(channel.equals(Channel.VOICE) ? 60 + random.nextInt(400)
          : 600 + random.nextInt(3000));
      boolean comeback = random.nextDouble() < 0.18;
      contacts.add(new Contact(p, at, channel, topic, mood, followUps, patience, comeback));
      if (comeback) {
        Instant later = at.plus(Duration.ofMinutes(60 + random.nextInt(180)));
        if (later.isBefore(DAY_START.plus(OPEN_HOURS))) {
          Channel other = otherChannel(random, channel);
          Mood worse = mood == Mood.CALM ? Mood.ANNOYED : Mood.ANGRY;
          contacts.add(new Contact(p, later, other, topic, worse, other.equals(Channel.VOICE) ? 0 : 1,
              Duration.ofSeconds(300 + random.nextInt(600)), false));
        }
      }
    }
    // The featured journey: one customer, one matter, three channels, getting angrier.
    Person star = new Person(0, "Ana Lima", people.get(0).phone(), "ana.lima@example.com", "en", "gold", true);
    people.set(0, star);
    contacts.removeIf(c -> c.person().index() == 0);
    contacts.add(new Contact(star, DAY_START.plus(Duration.ofMinutes(70)), Channel.VOICE, "billing", Mood.ANNOYED, 0,
        Duration.ofMinutes(10), true));
    contacts.add(new Contact(star, DAY_START.plus(Duration.ofMinutes(210)), Channel.CHAT, "billing", Mood.ANGRY, 2,
        Duration.ofMinutes(30), true));
    contacts.add(new Contact(star, DAY_START.plus(Duration.ofMinutes(365)), Channel.EMAIL, "billing", Mood.ANGRY, 0,
        Duration.ofHours(2), false));
    contacts.sort(Comparator.comparing(Contact::at).thenComparing(c -> c.person().index()));
  }

  /** Arrivals follow a two-peak day: mid-morning and early afternoon. */
  private static long arrivalSecond(Random random) {
    double u = random.nextDouble();
    double hours;
    if (u < 0.45) {
      hours = clamp(2.0 + random.nextGaussian() * 1.3);
    } else if (u < 0.85) {
      hours = clamp(6.0 + random.nextGaussian() * 1.5);
    } else {
      hours = random.nextDouble() * 12.0;
    }
    return (long) (hours * 3600);
  }

  private static double clamp(double h) {
    return Math.max(0.0, Math.min(11.9, h));
  }

  private static Channel pickChannel(Random random) {
    double u = random.nextDouble();
    if (u < 0.40) {
      return Channel.VOICE;
    } else if (u < 0.65) {
      return Channel.CHAT;
    } else if (u < 0.88) {
      return Channel.EMAIL;
    }
    return Channel.SOCIAL;
  }

  private static Channel otherChannel(Random random, Channel not) {
    List<Channel> options = new ArrayList<>(List.of(Channel.VOICE, Channel.CHAT, Channel.EMAIL, Channel.SOCIAL));
    options.remove(not);
    return options.get(random.nextInt(options.size()));
  }

  private static String pick(Random random, List<String> values, double first, double second) {
    double u = random.nextDouble();
    return u < first ? values.get(0) : u < first + second ? values.get(1) : values.get(2);
  }
}
