package dev.cim.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A labelled set of customer-service messages written for this project, as a regression guard for the lexicon and
 * the rules. +1 positive, -1 negative; predicted by the sign of the compound (0 counted as neither: an error).
 */
class CustomerServiceRegressionTest {
  private static final Object[][] LABELLED = {
      {+1, "Thanks so much, the agent sorted it out in five minutes."},
      {+1, "Really appreciate the quick reply!"},
      {+1, "Great service as always, thank you."},
      {+1, "Sarah was incredibly patient and helpful."},
      {+1, "The refund arrived today, thanks for sorting it."},
      {+1, "Issue resolved, you guys are awesome."},
      {+1, "Much better since the update, cheers."},
      {+1, "Perfect, that's exactly what I needed."},
      {+1, "The technician was on time and very professional."},
      {+1, "Love the new app, so easy to use 😊"},
      {+1, "No problem at all, have a nice day!"},
      {+1, "You went above and beyond, I'm impressed."},
      {+1, "Finally working again, thank you for your help :)"},
      {+1, "Smooth process from start to finish."},
      {+1, "Happy with the replacement, it works perfectly."},
      {+1, "I'm really glad I called, the problem is fixed."},
      {+1, "Quick response and friendly staff, 5 stars."},
      {+1, "The chat agent was polite and solved it fast."},
      {+1, "It wasn't bad at all, pretty straightforward actually."},
      {+1, "Honestly the best support I've had from any provider."},
      {+1, "Delivery was early and the packaging was great."},
      {+1, "Thank you for the credit on my account, much appreciated."},
      {+1, "Your team handled it brilliantly."},
      {+1, "I can't complain, everything went well."},
      {+1, "Thanks, that answers my question 👍"},
      {-1, "I've been on hold for over an hour."},
      {-1, "This is the third time I'm calling and it's still not fixed."},
      {-1, "Thanks for nothing."},
      {-1, "I want to speak to a manager right now."},
      {-1, "Cancel my subscription, I'm switching to another provider."},
      {-1, "Still waiting for my refund after three weeks."},
      {-1, "Nobody has responded to my emails."},
      {-1, "You charged me twice and nobody will help me."},
      {-1, "The app keeps crashing every time I open it."},
      {-1, "Absolutely useless customer service."},
      {-1, "I never received my order and the tracking says delivered."},
      {-1, "Why is this so hard?? I just want to pay my bill."},
      {-1, "Your agent hung up on me."},
      {-1, "This is ridiculous, I've explained the problem five times."},
      {-1, "I'm taking my business elsewhere."},
      {-1, "The internet has been down for two days."},
      {-1, "Worst experience ever 😡"},
      {-1, "I was promised a callback that never came."},
      {-1, "Completely unacceptable, I want my money back."},
      {-1, "The replacement arrived broken as well."},
      {-1, "I'm sick and tired of being transferred around."},
      {-1, "Your website doesn't work and the chat is a joke."},
      {-1, "The technician didn't show up."},
      {-1, "Great, another outage. Thanks a lot."},
      {-1, "I'll be filing a complaint with the BBB."},
  };

  @Test
  void labelledCustomerServiceSet_accuracyAtLeast90Percent() {
    SentimentScorer scorer = SentimentScorer.ofDefaults();
    int correct = 0;
    List<String> wrong = new ArrayList<>();
    for (Object[] row : LABELLED) {
      int gold = (Integer) row[0];
      String text = (String) row[1];
      double c = scorer.compound(text);
      if (Math.signum(c) == gold) {
        correct++;
      } else {
        wrong.add(String.format(java.util.Locale.ROOT, "%+d %+.3f %s", gold, c, text));
      }
    }
    double accuracy = (double) correct / LABELLED.length;
    assertThat(accuracy).as("misclassified: %s", wrong).isGreaterThanOrEqualTo(0.9);
  }
}
