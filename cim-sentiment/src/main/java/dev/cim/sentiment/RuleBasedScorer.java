package dev.cim.sentiment;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in lexicon-and-rules scorer. Two linear passes over a per-thread scratch buffer: a hand-written tokenizer
 * over the text's chars (lower-casing into the buffer, looking every token up in the lexicon's hash table without
 * allocating, and listing the tokens that have a role in the rules), then the rules over the listed tokens; the other
 * tokens are neutral words, which count only by their number and positions. The only allocation per call is the
 * result.
 */
final class RuleBasedScorer implements SentimentScorer {
  // token types
  static final int WORD = 1;
  static final int EMO = 2;
  static final int EXCL = 3;
  static final int QUEST = 4;
  static final int STOP = 5;
  static final int BREAK = 6;
  // token flags
  static final int CAPS = 1 << 8;
  static final int ELONG = 1 << 9;
  static final int NT = 1 << 10;
  static final int UN = 1 << 11;

  // rule weights (documented in the README)
  static final double NEGATE_POSITIVE = -0.74;
  static final double NEGATE_NEGATIVE = -0.5;
  static final double CAPS_BOOST = 0.7;
  static final double ELONG_BOOST = 0.4;
  static final double UN_SCALE = -0.8;
  static final double CONTRAST_BEFORE = 0.5;
  static final double CONTRAST_AFTER = 1.5;
  static final double CONCESSIVE_IN = 0.5;
  static final double EXCL_STEP = 0.25;
  static final int EXCL_MAX = 4;
  static final double QUESTION_POSITIVE = 0.6;
  static final double QUESTION_REPEAT = 0.3;
  static final double ALPHA = 16.0;
  static final int WINDOW = 3;
  static final double[] DECAY = {1.0, 0.95, 0.9, 0.85};
  /** Scratch buffers above this many chars are not kept for the thread's next call. */
  static final int KEEP_LIMIT = 1 << 16;

  private static volatile RuleBasedScorer defaults;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private final LexiconTable t;
  /** {@link Lexicon#size()}: the table also holds the words of phrases that are no entries of their own. */
  private final int lexiconSize;
  /** No emoticon starts with a space (none can: terms are stripped), so a space after a word is skipped at once. */
  private final boolean spaceIsSeparator;
  /**
   * 1 if the rules pass visits every token and tries a phrase at each, as if there were neither a list nor a phrase
   * filter (for tests: the result must be the same), else 0.
   */
  private final int visitAll;

  RuleBasedScorer(Lexicon lexicon) {
    this(lexicon, false);
  }

  /**
   * A scorer whose rules pass visits every token and tries every phrase if {@code visitAll}, not only the listed tokens
   * and the phrases the first-word filter lets through: slower, and for tests, which compare the two.
   */
  RuleBasedScorer(Lexicon lexicon, boolean visitAll) {
    this.t = lexicon.table;
    this.lexiconSize = lexicon.size();
    this.spaceIsSeparator = !t.emoticonStart[' '];
    this.visitAll = visitAll ? 1 : 0;
  }

  static RuleBasedScorer defaults() {
    RuleBasedScorer d = defaults;
    if (d == null) {
      d = new RuleBasedScorer(Lexicon.builtIn());
      defaults = d;
    }
    return d;
  }

  @Override
  public SentimentResult score(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return run(text, null);
  }

  @Override
  public SentimentResult explain(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return run(text, new Explainer());
  }

  /** Returns the compound score without allocating a result. */
  @Override
  public double compound(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n == 0) {
      return 0.0;
    }
    Scratch s = prepare(text, n);
    rules(s, null, text);
    double c = s.compound;
    release(s, n);
    return c;
  }

  private Scratch prepare(CharSequence text, int n) {
    Scratch s = n <= KEEP_LIMIT ? SCRATCH.get() : new Scratch();
    s.ensureChars(n);
    tokenize(text, n, s);
    return s;
  }

  private static void release(Scratch s, int n) {
    if (n <= KEEP_LIMIT && (s.tStart.length > KEEP_LIMIT || s.raw.length > KEEP_LIMIT)) {
      SCRATCH.set(new Scratch());
    }
  }

  @Override
  public String toString() {
    return "RuleBasedScorer[lexicon size=" + lexiconSize + "]";
  }

  private SentimentResult run(CharSequence text, Explainer ex) {
    int n = text.length();
    if (n == 0) {
      return ex == null ? SentimentResult.NEUTRAL : SentimentResult.NEUTRAL.withExplanation(Explanation.EMPTY);
    }
    Scratch s = prepare(text, n);
    rules(s, ex, text);
    SentimentResult r = new SentimentResult(s.compound, s.positive, s.negative, s.neutral,
        ex == null ? Optional.empty() : Optional.of(new Explanation(ex.contributions(), ex.adjustments, s.sum)));
    release(s, n);
    return r;
  }

  // ---------------------------------------------------------------- pass 1: tokens

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return ASCII_CLASS[c] != 0;
    }
    return !Character.isSurrogate(c) && c != '\u02BC' && Character.isLetterOrDigit(c);
  }

  /** ASCII classes: 0 other, 1 lower-case letter, 2 upper-case letter, 3 digit. */
  private static final byte[] ASCII_CLASS = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_CLASS[c] = 1;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      ASCII_CLASS[c] = 2;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII_CLASS[c] = 3;
    }
  }

  /** Reads 8 bytes of a byte array as a long, the first byte in the highest 8 bits. */
  private static final VarHandle BIG_ENDIAN_LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.BIG_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The number of leading bytes of {@code w} (the highest first) that are ASCII lower-case letters, 0 to 8, computed
   * on all 8 bytes at once: after the high bit of each byte is cleared, adding {@code 0x80 - 'a'} sets a byte's high
   * bit if and only if it is at least {@code 'a'}, and adding {@code 0x80 - '{'} if and only if it is above
   * {@code 'z'} (no byte carries into the next one); a byte whose own high bit was set is no letter either.
   */
  static int lowerCaseRun(long w) {
    long low7 = w & ~HIGH_BITS;
    long atLeastA = low7 + 0x1F1F1F1F1F1F1F1FL;
    long aboveZ = low7 + 0x0505050505050505L;
    long letters = atLeastA & ~aboveZ & ~w & HIGH_BITS;
    return Long.numberOfLeadingZeros(~letters & HIGH_BITS) >>> 3;
  }

  /** Entry flags that give a word a role in the rules pass: sentiment, or a rule's flag. */
  private static final int ROLE = LexiconTable.HAS_VALENCE | LexiconTable.HAS_NEG_VALENCE | Lexicon.RULE_FLAGS;

  /**
   * One pass over the chars: a word of at most 7 lower-case ASCII letters, or of a capital and then such letters (most
   * words), is recognised on a copy of the text as bytes, 8 chars at once ({@link #lowerCaseRun(long)}), and looked up
   * by those chars packed into a long ({@link LexiconTable#find8(long)}); a longer word of such letters is read char by
   * char (and looked up the same way if it has 8); any other word is lower-cased into the scratch buffer while its hash
   * is computed, then looked up; marks, emoticons and emoji become tokens of their own.
   *
   * <p>It also lists the tokens the rules pass visits (see {@link Scratch#list}): a mark, an emoticon or emoji, a word
   * whose entry has a {@link #ROLE}, a word ending in {@code n't}, and a word that may start a phrase with the next
   * token's entry (the first-word filter of its entry; the index is then stored with its sign bit set). Every other
   * token is a word that only counts as neutral at its position. Whether a token is listed is decided when the next
   * token is known, without a branch on the outcome (it is hard to predict).
   */
  private void tokenize(CharSequence text, int n, Scratch s) {
    final char[] raw = s.raw;
    final char[] low = s.low;
    final byte[] bytes = s.bytes;
    if (text instanceof String str) {
      str.getChars(0, n, raw, 0);
    } else {
      for (int i = 0; i < n; i++) {
        raw[i] = text.charAt(i);
      }
    }
    // the same chars as bytes for the fast path (a char above 255, which is no ASCII letter, as 255), then 8 zeros
    for (int k = 0; k < n; k++) {
      char c = raw[k];
      bytes[k] = (byte) (c <= 255 ? c : 255);
    }
    BIG_ENDIAN_LONG.set(bytes, n, 0L);
    final byte[] cls = ASCII_CLASS;
    final int[] flags = t.flags;
    final long[] firstMask = t.firstMask;
    final int all = visitAll;
    int[] tStart = s.tStart;
    int[] tEnd = s.tEnd;
    int[] tEntry = s.tEntry;
    int[] tInfo = s.tInfo;
    int[] list = s.list;
    s.urlEnd = 0;
    int j = 0; // tokens
    int m = 0; // listed tokens
    int pendingKeep = 0; // not 0 if token j - 1 is listed whatever follows it
    long pendingMask = 0; // the first-word filter of token j - 1's entry
    int capsWords = 0;
    int lowerWords = 0;
    int i = 0;
    while (i < n) {
      char c = raw[i];
      final int start = i;
      final int id;
      final int info;
      // (U+02BC, a modifier letter, is read as an apostrophe: no word starts with it)
      if (c < 128 ? cls[c] != 0 : !Character.isSurrogate(c) && c != '\u02BC' && Character.isLetterOrDigit(c)) {
        int h = 0;
        long key;
        // fast path: a word of lower-case ASCII letters only (most words), or one capital and then lower-case ASCII
        // letters ("Thanks", "I"), looked up in place with its first letter lower-cased in the packed key; a word
        // found in the table is elongated if and only if its term is
        final boolean capital = c >= 'A' && c <= 'Z';
        // the next 8 chars as bytes, the first one lower-cased if it is a capital: a word of up to 7 letters is
        // found and packed without a loop (see lowerCaseRun)
        long next8 = (long) BIG_ENDIAN_LONG.get(bytes, i) | (capital ? 0x20L << 56 : 0L);
        int letters = lowerCaseRun(next8);
        if (letters < 8) {
          i += letters;
          key = next8 >>> (64 - 8 * letters); // (no word if letters is 0: then i == start, and the test below fails)
          c = i < n ? raw[i] : ' ';
        } else {
          // 8 letters or more: packed and hashed char by char (a word of over 8 chars is looked up by its chars)
          key = 0;
          if (capital) {
            h = c + 32;
            key = c + 32;
            i++;
          }
          while (i < n && (c = raw[i]) >= 'a' && c <= 'z') {
            h = 31 * h + c;
            key = key << 8 | c;
            i++;
          }
        }
        // (c is the char after the word unless i == n; the usual one is a space)
        if (i > start && (c == ' ' || i == n || (c < 128 && cls[c] == 0 && c != '\'' && c != '`'))) {
          // as in the full loop: a single capital ("I") counts neither as a lower-case nor as an ALL-CAPS word
          if (!capital || i - start > 1) {
            lowerWords++;
          }
          char[] keyChars = raw;
          if (capital && i - start > 8) {
            System.arraycopy(raw, start, low, start, i - start);
            low[start] = (char) (raw[start] + 32);
            keyChars = low;
          }
          int found = i - start <= 8 ? t.find8(key) : t.find(keyChars, start, i, h);
          int wordInfo = WORD;
          if (found >= 0) {
            if ((flags[found] & LexiconTable.ELONGATED) != 0) {
              wordInfo |= ELONG;
            }
          } else {
            if (keyChars == raw) {
              System.arraycopy(raw, start, low, start, i - start);
              if (capital) {
                low[start] = (char) (raw[start] + 32);
              }
            }
            boolean elong = LexiconTable.elongated(low, start, i);
            if (elong) {
              wordInfo |= ELONG;
            }
            found = lookupWord(s, start, i, elong);
            wordInfo |= s.un ? UN : 0;
          }
          id = found;
          info = wordInfo;
        } else {
          // any other word (capitals, digits, apostrophes, other scripts): lower-cased into low
          i = start;
          h = 0;
          int run = 0;
          char prev = 0;
          boolean elong = false;
          int upper = 0;
          int lower = 0;
          boolean digits = true;
          while (i < n) {
            c = raw[i];
            char l;
            if (c < 128) {
              byte k = cls[c];
              if (k == 1) {
                lower++;
                digits = false;
                l = c;
              } else if (k == 2) {
                upper++;
                digits = false;
                l = (char) (c + 32);
              } else if (k == 3) {
                l = c;
              } else if ((c == '\'' || c == '`') && i > start && i + 1 < n && isWordChar(raw[i + 1])) {
                l = '\'';
                digits = false;
              } else {
                break;
              }
            } else if ((c == '\u2019' || c == '\u02BC') && i > start && i + 1 < n && isWordChar(raw[i + 1])) {
              l = '\'';
              digits = false;
            } else if (c != '\u02BC' && Character.isLetterOrDigit(c)) {
              digits = false;
              if (Character.isLowerCase(c)) {
                lower++;
              } else if (Character.isUpperCase(c)) {
                upper++;
              }
              l = Character.toLowerCase(c);
            } else {
              break;
            }
            low[i] = l;
            h = 31 * h + l;
            if (l == prev) {
              if (++run >= 3 && cls[l < 128 ? l : 0] != 3 && l != '\'') {
                elong = true;
              }
            } else {
              run = 1;
            }
            prev = l;
            i++;
          }
          int wordInfo = WORD;
          if (upper >= 3 && lower == 0) { // ALL CAPS from three letters: "OK", "US", "IT" are no emphasis
            wordInfo |= CAPS;
            capsWords++;
          } else if (lower > 0) {
            lowerWords++;
          }
          if (elong) {
            wordInfo |= ELONG;
          }
          if (i - start >= 3 && low[i - 1] == 't' && low[i - 2] == '\'' && low[i - 3] == 'n') {
            wordInfo |= NT;
          }
          int found = t.find(low, start, i, h);
          if (found < 0) {
            if (digits) {
              found = t.numberEntry;
            } else {
              found = lookupWord(s, start, i, elong);
              wordInfo |= s.un ? UN : 0;
            }
          }
          id = found;
          info = wordInfo;
        }
      } else if (c < 128) {
        int len = t.emoticonStart[c] ? matchEmoticon(s, i, n) : 0;
        if (len > 0) {
          id = s.lastFound;
          info = EMO;
          i += len;
        } else {
          int mark = switch (c) {
            case '!' -> EXCL;
            case '?' -> QUEST;
            case '.' -> i + 1 < n && isWordChar(raw[i + 1]) ? 0 : STOP;
            case '\n', '\r' -> STOP;
            case ',', ';', ':', '(', ')', '"', '[', ']', '{', '}' -> BREAK;
            case '-' -> i + 1 >= n || raw[i + 1] == ' ' || raw[i + 1] == '-' ? BREAK : 0;
            default -> 0;
          };
          i++;
          if (mark == 0) {
            continue;
          }
          id = -1;
          info = mark;
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(raw[i + 1])) {
        id = t.find(raw, i, i + 2);
        info = EMO;
        i += 2;
        if (id < 0) {
          continue;
        }
      } else {
        int found = t.find(raw, i, i + 1);
        i++;
        if (found >= 0) {
          info = EMO;
        } else if (c == '\u2014' || c == '\u2013') {
          info = BREAK;
        } else if (c == '\u2026' || c == '\u3002') {
          info = STOP;
        } else if (c == '\uFF01') {
          info = EXCL;
        } else if (c == '\uFF1F') {
          info = QUEST;
        } else {
          continue;
        }
        id = found;
      }
      // the token [start, i): list the one before it, then append it
      if (j == tStart.length) {
        s.grow(j);
        tStart = s.tStart;
        tEnd = s.tEnd;
        tEntry = s.tEntry;
        tInfo = s.tInfo;
        list = s.list;
      }
      int keep = (info & (0xff | NT)) ^ WORD | all;
      long mask = 0;
      if (id >= 0) {
        keep |= flags[id] & ROLE;
        mask = firstMask[id];
      }
      int phrase = (int) (pendingMask >>> LexiconTable.edgeBit(id)) & 1;
      list[m] = (j - 1) | (phrase | all) << 31;
      m += (pendingKeep | -pendingKeep) >>> 31 | phrase;
      pendingKeep = keep;
      pendingMask = mask;
      tStart[j] = start;
      tEnd[j] = i;
      tEntry[j] = id;
      tInfo[j] = info;
      j++;
      if (i < n && raw[i] == ' ' && spaceIsSeparator) {
        i++; // the usual separator: no token
      }
    }
    // the last token: no phrase starts at it, as no token follows it
    list[m] = j - 1;
    m += (pendingKeep | -pendingKeep) >>> 31;
    s.n = j;
    s.m = m;
    s.capsWords = capsWords;
    s.lowerWords = lowerWords;
  }

  private int matchEmoticon(Scratch s, int i, int n) {
    char[] raw = s.raw;
    if (i < s.urlEnd) {
      return 0; // inside a URL
    }
    if (raw[i] == ':' && i + 2 < n && raw[i + 1] == '/' && raw[i + 2] == '/') {
      // a URL's "://": no emoticon up to the next white space
      int e = i + 3;
      while (e < n && !Character.isWhitespace(raw[e]) && !Character.isSpaceChar(raw[e])) {
        e++;
      }
      s.urlEnd = e;
      return 0;
    }
    int max = Math.min(t.maxEmoticon, n - i);
    char[] e = s.tmp(max);
    for (int k = 0; k < max; k++) {
      char c = raw[i + k];
      e[k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    for (int len = max; len >= 2; len--) {
      int id = t.find(e, 0, len);
      if (id >= 0 && (t.flags[id] & LexiconTable.EMOTICON) != 0) {
        boolean lastIsWord = isWordChar(e[len - 1]);
        if (lastIsWord && i + len < n && isWordChar(raw[i + len])) {
          continue; // ":p" in ":password"
        }
        if ((e[0] == ':' || e[0] == ';') && i > 0 && isWordChar(raw[i - 1]) && lastIsWord) {
          continue; // "note:d"
        }
        s.lastFound = id;
        return len;
      }
    }
    return 0;
  }

  private boolean sentiment(int id) {
    return id >= 0 && (t.flags[id] & (LexiconTable.HAS_VALENCE | LexiconTable.HAS_NEG_VALENCE)) != 0
        && (t.flags[id] & Lexicon.RULE_FLAGS) == 0;
  }

  /**
   * Looks a word up: as written, de-elongated, then by stripping a few regular suffixes or "un"; sets the scratch's
   * {@code un} if and only if it found the word by stripping "un".
   */
  private int lookupWord(Scratch s, int start, int end, boolean elong) {
    s.un = false;
    char[] low = s.low;
    int id;
    int len = end - start;
    char[] tmp = s.tmp(len + 2);
    if (elong) {
      for (int maxRun = 2; maxRun >= 1; maxRun--) {
        int k = 0;
        int run = 0;
        char prev = 0;
        for (int j = start; j < end; j++) {
          char c = low[j];
          run = c == prev ? run + 1 : 1;
          prev = c;
          if (run <= maxRun) {
            tmp[k++] = c;
          }
        }
        id = t.find(tmp, 0, k);
        if (id >= 0) {
          return id;
        }
      }
    }
    if (len < 4) {
      return -1;
    }
    System.arraycopy(low, start, tmp, 0, len);
    id = stem(tmp, len);
    if (id >= 0) {
      return id;
    }
    if (len >= 6 && tmp[0] == 'u' && tmp[1] == 'n') {
      id = t.find(tmp, 2, len);
      if (sentiment(id) && t.valence[id] > 0) {
        s.un = true;
        return id;
      }
    }
    return -1;
  }

  private static boolean ends(char[] w, int len, String suffix) {
    int k = suffix.length();
    if (len < k) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      if (w[len - k + j] != suffix.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private int tryStem(char[] w, int stemLen) {
    if (stemLen < 3) {
      return -1;
    }
    int id = t.find(w, 0, stemLen);
    return sentiment(id) ? id : -1;
  }

  private int tryStemPlus(char[] w, int stemLen, char add) {
    if (stemLen < 2) {
      return -1;
    }
    char saved = w[stemLen];
    w[stemLen] = add;
    int id = t.find(w, 0, stemLen + 1);
    w[stemLen] = saved;
    return sentiment(id) ? id : -1;
  }

  /**
   * The suffix rules, tried in a fixed order; only the rules for the word's last letter can match, so the word is
   * dispatched on it first (the order within each letter is the order of the whole list).
   */
  private int stem(char[] w, int len) {
    switch (w[len - 1]) {
      case 's' -> {
        if (ends(w, len, "'s")) {
          return tryStem(w, len - 2);
        }
        if (ends(w, len, "ies")) {
          return tryStemPlus(w, len - 3, 'y');
        }
        if (ends(w, len, "iness")) {
          return tryStemPlus(w, len - 5, 'y');
        }
        if (ends(w, len, "ness") && len >= 7) {
          return tryStem(w, len - 4);
        }
        if (ends(w, len, "ss") || ends(w, len, "us") || ends(w, len, "is")) {
          return -1;
        }
        int id = tryStem(w, len - 1);
        if (id < 0 && ends(w, len, "es")) {
          id = tryStem(w, len - 2);
        }
        return id;
      }
      case 'd', 'r' -> {
        // "-ied" and "-ier" to "y", else "-ed" and "-er" (stem() is called for words of 4 or more chars)
        if (w[len - 2] == 'e' && w[len - 3] == 'i') {
          return tryStemPlus(w, len - 3, 'y');
        }
        if (w[len - 2] == 'e' && len >= 5) {
          return firstOf(tryStem(w, len - 2), tryStem(w, len - 1), doubled(w, len - 2));
        }
        return -1;
      }
      case 'y' -> {
        if (ends(w, len, "ily")) {
          return tryStemPlus(w, len - 3, 'y');
        }
        if (ends(w, len, "ly") && len >= 5) {
          return tryStem(w, len - 2);
        }
        return -1;
      }
      case 't' -> {
        if (ends(w, len, "iest")) {
          return tryStemPlus(w, len - 4, 'y');
        }
        if (ends(w, len, "ment") && len >= 8) {
          return tryStem(w, len - 4);
        }
        if (ends(w, len, "est") && len >= 6) {
          return firstOf(tryStem(w, len - 3), tryStem(w, len - 2), doubled(w, len - 3));
        }
        return -1;
      }
      case 'l' -> {
        if (ends(w, len, "ful") && len >= 6) {
          return tryStem(w, len - 3);
        }
        return -1;
      }
      case 'g' -> {
        if (ends(w, len, "ing") && len >= 6) {
          return firstOf(tryStem(w, len - 3), tryStemPlus(w, len - 3, 'e'), doubled(w, len - 3));
        }
        return -1;
      }
      default -> {
        return -1;
      }
    }
  }

  private int doubled(char[] w, int stemLen) {
    if (stemLen >= 4 && w[stemLen - 1] == w[stemLen - 2]) {
      return tryStem(w, stemLen - 1);
    }
    return -1;
  }

  private static int firstOf(int a, int b, int c) {
    return a >= 0 ? a : b >= 0 ? b : c;
  }

  // ---------------------------------------------------------------- pass 2: rules

  /**
   * Runs the rules over the listed tokens ({@link Scratch#list}); leaves the scores in the scratch's output fields. A
   * token's position (for the negation and booster windows) is its index less the marks before it, and the words that
   * no visited item takes count as neutral: the result is the same as visiting every token.
   */
  private void rules(Scratch s, Explainer ex, CharSequence text) {
    final LexiconTable t = this.t;
    final int nt = s.n;
    final int[] tStart = s.tStart;
    final int[] tEnd = s.tEnd;
    final int[] tEntry = s.tEntry;
    final int[] tInfo = s.tInfo;
    final int[] list = s.list;
    final int visits = s.m;
    final boolean capsEmphasis = s.capsWords > 0 && s.lowerWords > 0;
    final int[] negRing = s.negRing;
    final int[] negTok = s.negTok;
    final int[] boostPos = s.boostPos;
    final double[] boostVal = s.boostVal;
    final boolean[] boostNegOnly = s.boostNegOnly;
    for (int k = 0; k < 4; k++) {
      negRing[k] = Integer.MIN_VALUE;
      boostPos[k] = Integer.MIN_VALUE;
    }
    int negHead = 0;
    int boostHead = 0;
    // the latest positions pushed on the rings (positions only grow): older entries are further back
    int lastNeg = Integer.MIN_VALUE;
    int lastBoost = Integer.MIN_VALUE;
    double sentPos = 0;
    double sentNeg = 0;
    double sentPolite = 0;
    double totPos = 0;
    double totNeg = 0;
    int neutral = 0;
    double factor = 1.0;
    boolean concessive = false;
    int clauseStart = 0;
    int excl = 0;
    int sentQuest = 0;
    int marks = 0; // marks visited so far: all marks are listed
    int taken = 0; // words taken by the visited items (a phrase takes all its words)
    int after = -1; // the last token of the latest phrase
    for (int q = 0; q < visits; q++) {
      int listed = list[q];
      int i = listed & Integer.MAX_VALUE;
      if (i <= after) {
        continue; // a later word of the phrase just scored
      }
      int pos = i - marks;
      int info = tInfo[i];
      int type = info & 0xff;
      if (type >= EXCL) { // a mark: EXCL, QUEST, STOP or BREAK
        marks++;
        if (type == BREAK) {
          clauseStart = pos;
          if (concessive) {
            concessive = false;
            factor = CONTRAST_AFTER;
          }
          continue;
        }
        if (type == EXCL) {
          excl++;
        } else if (type == QUEST) {
          sentQuest++;
        }
        int nextType = i + 1 < nt ? tInfo[i + 1] & 0xff : 0;
        if (nextType == EXCL || nextType == QUEST || (type == STOP && nextType == STOP)) {
          continue; // a run of marks ends the sentence once
        }
        if (ex != null) {
          ex.applyContrasts();
        }
        if (sentPolite > 0) {
          if (sentNeg > sentPos) {
            if (ex != null) {
              ex.dropPolite();
            }
          } else {
            sentPos += sentPolite;
          }
          sentPolite = 0;
        }
        if (sentQuest > 0) {
          if (sentPos > 0) {
            if (ex != null) {
              ex.scaleQuestion(QUESTION_POSITIVE);
            }
            sentPos *= QUESTION_POSITIVE;
          }
          if (sentQuest >= 2 && sentPos - sentNeg <= 0) {
            double add = Math.min(sentQuest - 1, 3) * QUESTION_REPEAT;
            sentNeg += add;
            if (ex != null) {
              ex.adjust(String.format(Locale.ROOT, "repeated question marks x%d", sentQuest), -add);
            }
          }
        }
        totPos += sentPos;
        totNeg += sentNeg;
        if (ex != null) {
          ex.sentenceFirst = ex.items.size();
        }
        sentPos = 0;
        sentNeg = 0;
        sentQuest = 0;
        factor = 1.0;
        concessive = false;
        clauseStart = pos;
        continue;
      }
      int id = tEntry[i];
      int end = i;
      if (id < 0) {
        if ((info & NT) != 0) {
          negRing[negHead] = pos;
          negTok[negHead] = i;
          negHead = (negHead + 1) & 3;
          lastNeg = pos;
        }
        neutral++;
        taken++;
        continue;
      }
      int f = t.flags[id];
      // most words start some phrase, few pairs do: the filter on the next token's entry skips nearly all of them
      if (listed < 0 && (f & LexiconTable.PHRASE_START) != 0 && type == WORD) {
        int node = t.rootChild[id];
        int j = i + 1;
        while (node >= 0) {
          int ph = t.nodePhrase[node];
          if (ph >= 0) {
            id = ph;
            end = j - 1;
          }
          int next;
          if (j < nt && (tInfo[j] & 0xff) == WORD && (next = tEntry[j]) >= 0
              && (t.flags[next] & LexiconTable.PHRASE_CONT) != 0) {
            node = t.next(node, next);
            j++;
          } else {
            break;
          }
        }
        f = t.flags[id];
        after = end;
      }
      int itemPos = pos;
      pos += end - i + 1;
      taken += end - i + 1;
      if ((f & Lexicon.NEGATOR) != 0 || ((info & NT) != 0 && end == i)) {
        negRing[negHead] = itemPos;
        negTok[negHead] = i;
        negHead = (negHead + 1) & 3;
        lastNeg = itemPos;
      }
      if ((f & Lexicon.BOOSTER) != 0) {
        double b = t.boost[id];
        if ((info & (CAPS | ELONG)) != 0 && b > 0) {
          b *= 1.5;
        }
        boostPos[boostHead] = itemPos;
        boostVal[boostHead] = b;
        boostNegOnly[boostHead] = (f & Lexicon.NEG_ONLY) != 0;
        boostHead = (boostHead + 1) & 3;
        lastBoost = itemPos;
        if ((f & Lexicon.EXCESS) != 0 && end + 1 < nt && (tInfo[end + 1] & 0xff) == WORD) {
          if (excessOfNeutral(tEntry, tInfo, end + 1, nt)) {
            // "too long", "too much": excess of something neutral
            double v = t.valence[id];
            int lo = Math.max(clauseStart, itemPos - WINDOW);
            for (int k = lastBoost >= lo ? 0 : 4; k < 4; k++) {
              int d = itemPos - boostPos[k];
              if (boostPos[k] >= clauseStart && d >= 1 && d <= WINDOW && !boostNegOnly[k]) {
                v = applyBoost(v, boostVal[k] * DECAY[d - 1]); // "way too much"
              }
            }
            int negs = 0;
            for (int k = 0; k < 4; k++) {
              if (negRing[k] >= lo && negRing[k] < itemPos) {
                negs++;
              }
            }
            List<String> why = ex == null ? null : new ArrayList<>(2);
            if ((negs & 1) == 1) {
              v *= v > 0 ? NEGATE_POSITIVE : NEGATE_NEGATIVE;
              if (why != null) {
                why.add("negated");
              }
            }
            v *= factor;
            if (v > 0) {
              sentPos += v;
            } else {
              sentNeg -= v;
            }
            if (ex != null) {
              why.add(0, "excess before a neutral word");
              ex.add(new Item(t.terms[id] + " " + text.subSequence(tStart[end + 1],
                  tEnd[end + 1]).toString().toLowerCase(Locale.ROOT), tStart[i], tEnd[end + 1], t.valence[id], v,
                  why, false));
            }
          }
        }
      }
      if ((f & Lexicon.CONTRAST) != 0) {
        if (ex != null) {
          ex.contrast(CONTRAST_BEFORE, t.terms[id]);
        }
        sentPos *= CONTRAST_BEFORE;
        sentNeg *= CONTRAST_BEFORE;
        sentPolite *= CONTRAST_BEFORE;
        factor = CONTRAST_AFTER;
        concessive = false;
        clauseStart = pos;
      } else if ((f & Lexicon.CONCESSIVE) != 0) {
        factor = CONCESSIVE_IN;
        concessive = true;
        clauseStart = pos;
      }
      boolean hasVal = (f & LexiconTable.HAS_VALENCE) != 0;
      boolean hasNegVal = (f & LexiconTable.HAS_NEG_VALENCE) != 0;
      if ((f & Lexicon.RULE_FLAGS) != 0 && !hasVal) {
        neutral++;
        continue;
      }
      if (!hasVal && !hasNegVal) {
        neutral += end - i + 1;
        continue;
      }
      // negation window
      int lo = Math.max(clauseStart, itemPos - WINDOW);
      int negs = 0;
      int negAt = -1;
      for (int k = lastNeg >= lo ? 0 : 4; k < 4; k++) {
        int p = negRing[k];
        if (p >= lo && p < itemPos) {
          negs++;
          negAt = negTok[k];
        }
      }
      boolean negated = (negs & 1) == 1 && type == WORD; // emoticons and emoji are never negated
      double base = t.valence[id];
      List<String> why = ex == null ? null : new ArrayList<>(4);
      if ((info & UN) != 0) {
        base *= UN_SCALE;
        if (why != null) {
          why.add("prefix 'un' reverses");
        }
      }
      double v;
      if (!negated && !hasVal) {
        neutral += end - i + 1;
        continue;
      }
      v = base;
      // intensifiers and diminishers before the item
      double negOnlyBoost = 0;
      for (int k = lastBoost >= Math.max(clauseStart, itemPos - WINDOW) ? 0 : 4; k < 4; k++) {
        int p = boostPos[k];
        int d = itemPos - p;
        if (p >= clauseStart && d >= 1 && d <= WINDOW) {
          double b = boostVal[k] * DECAY[d - 1];
          if (boostNegOnly[k]) {
            negOnlyBoost += b;
          } else if (v != 0) {
            v = applyBoost(v, b);
            if (why != null) {
              why.add(String.format(Locale.ROOT, "%s %.2f", b > 0 ? "intensified" : "diminished", b));
            }
          }
        }
      }
      if (capsEmphasis && (info & CAPS) != 0 && v != 0) {
        v += Math.signum(v) * CAPS_BOOST;
        if (why != null) {
          why.add("ALL CAPS");
        }
      }
      if ((info & ELONG) != 0 && v != 0) {
        v += Math.signum(v) * ELONG_BOOST;
        if (why != null) {
          why.add("elongated");
        }
      }
      if (negated) {
        if (hasNegVal) {
          double nv = t.negValence[id];
          v = nv + Math.signum(nv) * Math.max(0, Math.abs(v) - Math.abs(base));
        } else {
          v *= v > 0 ? NEGATE_POSITIVE : NEGATE_NEGATIVE;
        }
        if (why != null) {
          why.add("negated by '" + text.subSequence(tStart[negAt], tEnd[negAt]) + "'"
              + (hasNegVal ? " (negated valence)" : ""));
        }
      }
      if (negOnlyBoost != 0 && v < 0) {
        v -= negOnlyBoost;
        if (why != null) {
          why.add(String.format(Locale.ROOT, "persistence intensified %.2f", negOnlyBoost));
        }
      }
      if (factor != 1.0) {
        v *= factor;
        if (why != null) {
          why.add(String.format(Locale.ROOT, "clause weight x%.2f", factor));
        }
      }
      if (v > 0) {
        if ((f & Lexicon.POLITE) != 0) {
          sentPolite += v;
        } else {
          sentPos += v;
        }
      } else {
        sentNeg -= v;
      }
      if (ex != null) {
        ex.add(new Item(t.terms[id], tStart[i], tEnd[end], t.valence[id], v, why,
            v > 0 && (f & Lexicon.POLITE) != 0));
      }
    }
    neutral += nt - marks - taken;
    if (ex != null) {
      ex.applyContrasts();
    }
    if (sentPolite > 0) {
      if (sentNeg > sentPos) {
        if (ex != null) {
          ex.dropPolite();
        }
      } else {
        sentPos += sentPolite;
      }
    }
    totPos += sentPos;
    totNeg += sentNeg;
    double sum = totPos - totNeg;
    if (excl > 0 && sum != 0) {
      double amp = Math.min(excl, EXCL_MAX) * EXCL_STEP;
      if (sum > 0) {
        totPos += amp;
      } else {
        totNeg += amp;
      }
      if (ex != null) {
        ex.adjust("exclamation x" + excl, sum > 0 ? amp : -amp);
      }
      sum = totPos - totNeg;
    }
    double compound = sum / Math.sqrt(sum * sum + ALPHA) + 0.0;
    if (!(compound >= -1.0)) {
      compound = Double.isNaN(compound) ? 0.0 : -1.0;
    } else if (compound > 1.0) {
      compound = 1.0;
    }
    double total = totPos + totNeg + neutral;
    s.compound = compound;
    s.sum = sum;
    if (total <= 0) {
      s.positive = 0.0;
      s.negative = 0.0;
      s.neutral = 1.0;
    } else {
      double p = clamp01(totPos / total);
      double ng = clamp01(totNeg / total);
      s.positive = p;
      s.negative = ng;
      s.neutral = clamp01(1.0 - p - ng);
    }
  }

  /**
   * Whether the word at token {@code k} (after an excess booster such as {@code too}) is "neutral" for the excess
   * rule: no sentiment and no rule role, or a plain booster without sentiment ({@code much}, {@code many}) that is
   * not followed by a word with sentiment ({@code too much fun} is the booster rule's, {@code too much} the excess
   * rule's).
   */
  private boolean excessOfNeutral(int[] tEntry, int[] tInfo, int k, int nt) {
    int next = tEntry[k];
    if (next < 0) {
      return true;
    }
    int nf = t.flags[next];
    if ((nf & (LexiconTable.HAS_VALENCE | LexiconTable.HAS_NEG_VALENCE | (Lexicon.RULE_FLAGS & ~Lexicon.BOOSTER)))
        != 0) {
      return false;
    }
    if ((nf & Lexicon.BOOSTER) == 0) {
      return true;
    }
    int after = k + 1 < nt && (tInfo[k + 1] & 0xff) == WORD ? tEntry[k + 1] : -1;
    return after < 0 || (t.flags[after] & (LexiconTable.HAS_VALENCE | LexiconTable.HAS_NEG_VALENCE)) == 0;
  }

  private static double applyBoost(double v, double b) {
    double m = Math.abs(v);
    double nm = b >= 0 ? m + b : Math.max(m * 0.25, m + b);
    return Math.copySign(nm, v);
  }

  private static double clamp01(double d) {
    return d < 0 ? 0 : d > 1 ? 1 : d;
  }

  /** An explained item while the rules may still change its value. */
  private static final class Item {
    final String term;
    final int start;
    final int end;
    final double lexiconValence;
    double value;
    final List<String> rules;
    /** A polite formula's positive value, which counts only if its sentence is not negative. */
    final boolean polite;

    Item(String term, int start, int end, double lexiconValence, double value, List<String> rules, boolean polite) {
      this.term = term;
      this.start = start;
      this.end = end;
      this.lexiconValence = lexiconValence;
      this.value = value;
      this.rules = rules;
      this.polite = polite;
    }
  }

  /**
   * Collects the explanation; the sentence-level rules (contrast, polite formula, question) change the values of the
   * current sentence's items, as they change the sentence's sums, so that the values add up to the raw sum.
   */
  private static final class Explainer {
    final List<Item> items = new ArrayList<>();
    final List<Explanation.Adjustment> adjustments = new ArrayList<>();
    /** The index of the current sentence's first item. */
    int sentenceFirst;

    void add(Item item) {
      items.add(item);
    }

    void adjust(String rule, double value) {
      adjustments.add(new Explanation.Adjustment(rule, value));
    }

    /** The current sentence's contrast words so far: how many items preceded each, its factor and its word. */
    private int[] contrastAt = new int[4];
    private double[] contrastFactor = new double[4];
    private String[] contrastTerm = new String[4];
    private int contrasts;

    /**
     * A contrast word: the current sentence's items so far count {@code f} times (applied by {@link #applyContrasts}
     * at the end of the sentence, so that a sentence of many contrast words costs time and rule text linear in its
     * length, not one rule per item and contrast word).
     */
    void contrast(double f, String term) {
      if (contrasts == contrastAt.length) {
        contrastAt = Arrays.copyOf(contrastAt, contrasts * 2);
        contrastFactor = Arrays.copyOf(contrastFactor, contrasts * 2);
        contrastTerm = Arrays.copyOf(contrastTerm, contrasts * 2);
      }
      contrastAt[contrasts] = items.size();
      contrastFactor[contrasts] = f;
      contrastTerm[contrasts] = term;
      contrasts++;
    }

    /**
     * Applies the current sentence's contrast words to the items before each: an item before several gets their
     * product and one rule naming how many and the first of them.
     */
    void applyContrasts() {
      if (contrasts == 0) {
        return;
      }
      int j = contrasts;
      double product = 1.0;
      int count = 0;
      String first = null;
      String rule = null;
      for (int k = items.size() - 1; k >= sentenceFirst; k--) {
        while (j > 0 && contrastAt[j - 1] > k) {
          j--;
          product *= contrastFactor[j];
          count++;
          first = contrastTerm[j];
          rule = null;
        }
        Item it = items.get(k);
        if (count > 0 && it.value != 0) {
          it.value *= product;
          if (rule == null) {
            rule = count == 1
                ? String.format(Locale.ROOT, "contrast '%s': earlier part x%.2f", first, product)
                : String.format(Locale.ROOT, "%d contrasts after it, the first '%s': earlier part x%.6g", count, first,
                    product);
          }
          it.rules.add(rule);
        }
      }
      contrasts = 0;
      Arrays.fill(contrastTerm, null);
    }

    /** A question: the current sentence's positive items count {@code f} times. */
    void scaleQuestion(double f) {
      String rule = null;
      for (int k = sentenceFirst; k < items.size(); k++) {
        Item it = items.get(k);
        if (it.value > 0) {
          it.value *= f;
          if (rule == null) {
            rule = String.format(Locale.ROOT, "question: positive part x%.2f", f);
          }
          it.rules.add(rule);
        }
      }
    }

    /** The current sentence is negative: its polite formulas count 0. */
    void dropPolite() {
      for (int k = sentenceFirst; k < items.size(); k++) {
        Item it = items.get(k);
        if (it.polite) {
          it.value = 0;
          it.rules.add("polite formula in a negative sentence: not counted");
        }
      }
    }

    List<Explanation.Contribution> contributions() {
      List<Explanation.Contribution> out = new ArrayList<>(items.size());
      for (Item it : items) {
        out.add(new Explanation.Contribution(it.term, it.start, it.end, it.lexiconValence, it.value, it.rules));
      }
      return out;
    }
  }

  /** Per-thread buffers. */
  static final class Scratch {
    char[] raw = new char[256];
    char[] low = new char[256];
    /**
     * The chars of {@link #raw} as bytes (a char above 255 as 255), then 8 zero bytes after the text, so that 8 bytes
     * can be read at any index of the text.
     */
    byte[] bytes = new byte[256 + 8];
    private char[] tmp = new char[64];
    int[] tStart = new int[64];
    int[] tEnd = new int[64];
    int[] tEntry = new int[64];
    int[] tInfo = new int[64];
    /**
     * The indices of the tokens the rules pass visits, in order, with the sign bit set where the first-word filter
     * lets a phrase start; the other tokens are neutral words.
     */
    int[] list = new int[64];
    int n;
    /** The number of indices in {@link #list}. */
    int m;
    int capsWords;
    int lowerWords;
    boolean un;
    int lastFound;
    /** The end of the latest URL ({@code scheme://} up to white space) seen by the tokenizer, 0 before any. */
    int urlEnd;
    double compound;
    double positive;
    double negative;
    double neutral;
    double sum;
    final int[] negRing = new int[4];
    final int[] negTok = new int[4];
    final int[] boostPos = new int[4];
    final double[] boostVal = new double[4];
    final boolean[] boostNegOnly = new boolean[4];

    void ensureChars(int len) {
      if (raw.length < len) {
        int cap = Math.max(len, raw.length * 2);
        raw = new char[cap];
        low = new char[cap];
        bytes = new byte[cap + 8];
      }
    }

    char[] tmp(int len) {
      if (tmp.length < len) {
        tmp = new char[Math.max(len, tmp.length * 2)];
      }
      return tmp;
    }

    /** Doubles the token arrays, which hold {@code count} tokens. */
    void grow(int count) {
      int cap = count * 2;
      tStart = java.util.Arrays.copyOf(tStart, cap);
      tEnd = java.util.Arrays.copyOf(tEnd, cap);
      tEntry = java.util.Arrays.copyOf(tEntry, cap);
      tInfo = java.util.Arrays.copyOf(tInfo, cap);
      list = java.util.Arrays.copyOf(list, cap);
    }
  }
}
