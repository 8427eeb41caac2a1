package dev.cim.examples.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** What customers and agents say in the demo, by topic and mood. Written for this demo. */
final class Lines {
  private Lines() {}

  private static final Map<String, Map<Scenario.Mood, List<String>>> OPENING = Map.of(
      "billing", Map.of(
          Scenario.Mood.CALM, List.of("Hi, I have a question about my latest invoice.",
              "Could you explain the extra fee on my bill? Thanks.",
              "Hello, I would like to update my payment method, please."),
          Scenario.Mood.ANNOYED, List.of("I was charged twice this month and I'm not happy about it.",
              "My bill is wrong again. This is the second time.",
              "Why did my monthly price go up without any notice?"),
          Scenario.Mood.ANGRY, List.of("This is ridiculous, you charged me TWICE and nobody answers!",
              "I have been overcharged for three months. Worst service ever. I want a refund now.",
              "Unacceptable. Fix my bill today or I'm cancelling everything.")),
      "tech", Map.of(
          Scenario.Mood.CALM, List.of("My internet is a bit slow in the evenings, can you check?",
              "How do I set up the new router? The guide is unclear.",
              "Hi! The app asks me to log in again every day, is that normal?"),
          Scenario.Mood.ANNOYED, List.of("My connection keeps dropping and it's really frustrating.",
              "The app crashes every time I open it. Please fix this.",
              "Still no signal since yesterday, I work from home."),
          Scenario.Mood.ANGRY, List.of("Three days without internet!! This is a disaster and nobody cares.",
              "Your technician never showed up. Terrible, absolutely terrible service.",
              "It is STILL not fixed. I have called five times. I'm done with you.")),
      "orders", Map.of(
          Scenario.Mood.CALM, List.of("Hi, when will my order arrive?",
              "Can I change the delivery address of my order?",
              "Hello, I'd like to add an item to my order, thanks!"),
          Scenario.Mood.ANNOYED, List.of("My package is late and the tracking page hasn't changed in days.",
              "I received the wrong item. Not great.",
              "The box arrived damaged, what now?"),
          Scenario.Mood.ANGRY, List.of("Two weeks and still no package. Where is my money going?!",
              "You sent the wrong item AGAIN. This is a joke. Refund me.",
              "Order cancelled without telling me. Awful. Thanks for nothing.")),
      "cancellation", Map.of(
          Scenario.Mood.CALM, List.of("Hi, I'm moving abroad and need to end my contract.",
              "Could you tell me what my cancellation options are?",
              "Hello, I would like to pause my subscription for a month."),
          Scenario.Mood.ANNOYED, List.of("I want to cancel, the service has not been good lately.",
              "I've been waiting on hold forever just to cancel.",
              "Your competitor offers the same for less. Why should I stay?"),
          Scenario.Mood.ANGRY, List.of("Cancel my account NOW. I am sick of this useless service.",
              "I asked to cancel last week and you billed me again. Disgusting.",
              "I'm switching to another provider. Worst company I have ever dealt with.")));

  private static final Map<Scenario.Mood, List<String>> WHILE_TALKING = Map.of(
      Scenario.Mood.CALM, List.of("Thanks, that helps.", "Great, thank you!", "Ok, I'll wait for the email."),
      Scenario.Mood.ANNOYED, List.of("That doesn't really answer my question.",
          "Ok... but this should not have happened.", "Fine. Please make sure it does not happen again."),
      Scenario.Mood.ANGRY, List.of("Useless. I want to speak to a manager.", "Forget it, I'm leaving. Terrible.",
          "This is the worst support I have ever had."));

  private static final Map<Scenario.Mood, List<String>> WHILE_WAITING = Map.of(
      Scenario.Mood.CALM, List.of("Hello? Just checking someone got my message.", "No rush, thanks."),
      Scenario.Mood.ANNOYED, List.of("Is anyone there? I've been waiting a while.", "Hello?? Still waiting."),
      Scenario.Mood.ANGRY, List.of("Still waiting. This is absurd.", "Nobody answers. Unbelievable. Awful service."));

  private static final List<String> AGENT_REPLIES = List.of(
      "Thanks for reaching out, let me look into this for you.",
      "I'm sorry about the trouble. I've found the problem and I'm fixing it now.",
      "I understand, and I apologise. I've applied a credit to your account.",
      "Happy to help! You'll get a confirmation by email in a few minutes.");

  static String opening(Random r, String topic, Scenario.Mood mood) {
    List<String> options = OPENING.get(topic).get(mood);
    return options.get(r.nextInt(options.size()));
  }

  static String followUp(Random r, Scenario.Mood mood, boolean waiting, int nth) {
    List<String> options = (waiting ? WHILE_WAITING : WHILE_TALKING).get(mood);
    return options.get((r.nextInt(options.size()) + nth) % options.size());
  }

  static String agentReply(Random r) {
    return AGENT_REPLIES.get(r.nextInt(AGENT_REPLIES.size()));
  }
}
