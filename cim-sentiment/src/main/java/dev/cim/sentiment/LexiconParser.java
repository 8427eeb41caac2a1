package dev.cim.sentiment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses lexicon files in the {@link LexiconFormat}s; all or nothing. */
final class LexiconParser {
  private static final Logger LOG = LoggerFactory.getLogger(LexiconParser.class);

  private LexiconParser() {
  }

  static LinkedHashMap<String, Lexicon.Spec> parse(List<String> lines, LexiconFormat format, String source) {
    LexiconFormat f = format == LexiconFormat.AUTO ? detect(lines) : format;
    LinkedHashMap<String, Lexicon.Spec> out = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    int skipped = 0;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (f == LexiconFormat.CIM && line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (f != LexiconFormat.CIM && unmatchable(fields[0])) {
        // a file written for another tokenizer: VADER's "( '}{' )" or "8)" can never match a token; skip it
        skipped++;
        continue;
      }
      String term;
      Lexicon.Spec spec;
      try {
        term = Lexicon.checkTerm(fields[0]);
        spec = switch (f) {
          case CIM -> parseCim(fields, term);
          case VADER -> parseVader(fields, term);
          case AFINN -> parseAfinn(fields, term);
          default -> throw new IllegalStateException("format " + f);
        };
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(source, lineNo, e.getMessage());
      }
      Integer prev = firstLine.putIfAbsent(term, lineNo);
      if (prev != null) {
        if (f == LexiconFormat.CIM) {
          throw new LexiconFormatException(source, lineNo, "term '" + term + "' must appear once, but appears again "
              + "(first on line " + prev + ")");
        }
        continue; // VADER and AFINN files differ only in case for a few tokens: keep the first
      }
      out.put(term, spec);
    }
    if (skipped > 0 && LOG.isDebugEnabled()) {
      LOG.debug("lexicon '{}': skipped {} terms no token can match", source, skipped);
    }
    return out;
  }

  /** Whether a non-blank term breaks {@link Lexicon#tokenProblem(String)}, the rule of what a token can match. */
  private static boolean unmatchable(String rawTerm) {
    String t = Lexicon.normalize(rawTerm);
    return !t.isEmpty() && Lexicon.tokenProblem(t) != null;
  }

  private static LexiconFormat detect(List<String> lines) {
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (l.startsWith("#cim-lexicon")) {
        return LexiconFormat.CIM;
      }
      if (l.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length >= 4) {
        return LexiconFormat.VADER;
      }
      if (fields.length == 3) {
        return LexiconFormat.CIM;
      }
      if (fields.length == 2 && !fields[1].strip().matches("[+-]?\\d+")) {
        return LexiconFormat.CIM;
      }
    }
    return LexiconFormat.AFINN;
  }

  private static Lexicon.Spec parseCim(String[] fields, String term) {
    if (fields.length < 2 || fields.length > 3) {
      throw new IllegalArgumentException("line must have 2 or 3 tab-separated fields (term, value, options), but had "
          + fields.length);
    }
    double value = number("value", fields[1]);
    double neg = Double.NaN;
    double excess = 0.0;
    int flags = 0;
    if (fields.length == 3) {
      for (String raw : fields[2].split(",")) {
        String o = raw.strip();
        if (o.isEmpty()) {
          continue;
        }
        switch (o) {
          case "negator" -> flags |= Lexicon.NEGATOR;
          case "contrast" -> flags |= Lexicon.CONTRAST;
          case "concessive" -> flags |= Lexicon.CONCESSIVE;
          case "booster" -> flags |= Lexicon.BOOSTER;
          case "negonly" -> flags |= Lexicon.NEG_ONLY;
          case "polite" -> flags |= Lexicon.POLITE;
          default -> {
            if (o.startsWith("neg=")) {
              neg = number("neg", o.substring(4));
              Lexicon.checkValence("neg", term, neg, 5.0);
            } else if (o.startsWith("excess=")) {
              excess = number("excess", o.substring(7));
              Lexicon.checkValence("excess", term, excess, 5.0);
              flags |= Lexicon.EXCESS;
            } else {
              throw new IllegalArgumentException("option must be one of negator, contrast, concessive, booster, "
                  + "negonly, polite, neg=<value>, excess=<value>, but was '" + o + "'");
            }
          }
        }
      }
    }
    if ((flags & (Lexicon.NEG_ONLY | Lexicon.EXCESS)) != 0 && (flags & Lexicon.BOOSTER) == 0) {
      throw new IllegalArgumentException("options negonly and excess must come with booster, but '" + term
          + "' is no booster");
    }
    if ((flags & Lexicon.BOOSTER) != 0) {
      Lexicon.checkValence("increment", term, value, 2.0);
      return new Lexicon.Spec(excess, neg, value, flags);
    }
    Lexicon.checkValence("value", term, value, 5.0);
    return new Lexicon.Spec(value, neg, 0.0, flags);
  }

  private static Lexicon.Spec parseVader(String[] fields, String term) {
    if (fields.length < 2) {
      throw new IllegalArgumentException("line must have at least 2 tab-separated fields (token, mean, ...), but had "
          + fields.length);
    }
    double v = number("mean", fields[1]);
    Lexicon.checkValence("mean", term, v, 5.0);
    return new Lexicon.Spec(v, Double.NaN, 0.0, 0);
  }

  private static Lexicon.Spec parseAfinn(String[] fields, String term) {
    if (fields.length != 2) {
      throw new IllegalArgumentException("line must have 2 tab-separated fields (word, integer), but had "
          + fields.length);
    }
    String s = fields[1].strip();
    int v;
    try {
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("value must be an integer, but was '" + s + "'", e);
    }
    if (v < -5 || v > 5) {
      throw new IllegalArgumentException("value must be in [-5, 5], but was " + v);
    }
    return new Lexicon.Spec(v * 0.8, Double.NaN, 0.0, 0);
  }

  private static double number(String field, String raw) {
    String s = raw.strip();
    try {
      double d = Double.parseDouble(s);
      if (!Double.isFinite(d) || s.endsWith("d") || s.endsWith("f") || s.endsWith("D") || s.endsWith("F")) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a decimal number, but was '" + s + "'", e);
    }
  }
}
