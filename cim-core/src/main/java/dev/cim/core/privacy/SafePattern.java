package dev.cim.core.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A regular expression from a small, safe subset, compiled to a Thompson NFA and run by a Pike-style simulation, so
 * that finding matches takes time linear in the text (times the size of the pattern) on any input: no backtracking,
 * hence no catastrophic backtracking, whatever the pattern and the text.
 *
 * <h2>The subset</h2>
 * <ul>
 *   <li>Literals; escaped punctuation ({@code \.}, {@code \[}, {@code \-}, ...); {@code \t \n \r \f}.
 *   <li>{@code .} (any character, line breaks included); classes {@code [a-z0-9_]}, negated classes {@code [^...]};
 *       {@code \d} ({@code [0-9]}), {@code \w} ({@code [A-Za-z0-9_]}), {@code \s} (ASCII white space) and their
 *       negations {@code \D \W \S}, also inside classes. Matching is case-sensitive and per UTF-16 code unit.
 *   <li>Alternation {@code |}, groups {@code (...)} and {@code (?:...)} (groups capture nothing).
 *   <li>Quantifiers {@code ? * +} (a lazy {@code ?} suffix is accepted and changes nothing, since only which text
 *       matches counts), and bounded repetition {@code {m}}, {@code {m,}}, {@code {m,n}} with
 *       {@code n <= }{@value #MAX_REPEAT}.
 * </ul>
 * Rejected with {@link UnsafePatternException} naming the pattern and the position: backreferences ({@code \1},
 * {@code \k<..>}), lookaround ({@code (?=}, {@code (?!}, {@code (?<=}, {@code (?<!}), other {@code (?...)} groups and
 * flags, anchors and boundaries ({@code ^ $ \b \B \A \z \Z \G}), possessive quantifiers, Unicode properties, a
 * repetition above {@value #MAX_REPEAT}, a pattern longer than {@value #MAX_PATTERN_LENGTH} characters or compiling
 * to more than {@value #MAX_PROGRAM_SIZE} NFA states, and malformed syntax.
 *
 * <h2>What a search finds</h2>
 * {@link #cover} marks every character that lies inside some non-empty match, that is the union of all match
 * intervals (overlapping ones included). That is what redaction needs, and it is independent of greediness and of
 * the order of alternatives. It runs in {@code O(text length x program size)} time and {@code O(text length +
 * program size)} extra memory.
 *
 * <p>Immutable and thread-safe.
 */
public final class SafePattern {
  /** The largest bound of a {@code {m,n}} repetition. */
  public static final int MAX_REPEAT = 100;
  /** The longest pattern accepted. */
  public static final int MAX_PATTERN_LENGTH = 1000;
  /** The most NFA states a pattern may compile to. */
  public static final int MAX_PROGRAM_SIZE = 5000;

  private static final byte CHAR = 0;
  private static final byte SPLIT = 1;
  private static final byte JMP = 2;
  private static final byte MATCH = 3;

  private final String name;
  private final String regex;
  private final byte[] op;
  private final int[] x;
  private final int[] y;
  private final CharClass[] cls;

  private SafePattern(String name, String regex, Program p) {
    this.name = name;
    this.regex = regex;
    int n = p.op.size();
    this.op = new byte[n];
    this.x = new int[n];
    this.y = new int[n];
    this.cls = new CharClass[n];
    for (int i = 0; i < n; i++) {
      op[i] = p.op.get(i);
      x[i] = p.x.get(i);
      y[i] = p.y.get(i);
      cls[i] = p.cls.get(i);
    }
  }

  /**
   * Compiles a pattern of the safe subset.
   *
   * @param name the pattern's name, for error messages; not null
   * @param regex the pattern; not null
   * @return the compiled pattern
   * @throws NullPointerException if an argument is null
   * @throws UnsafePatternException if the pattern is outside the subset or malformed
   */
  public static SafePattern compile(String name, String regex) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(regex, "regex");
    if (regex.length() > MAX_PATTERN_LENGTH) {
      throw new UnsafePatternException(name, MAX_PATTERN_LENGTH, "a pattern must be at most " + MAX_PATTERN_LENGTH
          + " characters, but was " + regex.length());
    }
    Node root = new Parser(name, regex).parseAll();
    Program p = new Program(name);
    p.emit(root);
    p.add(MATCH, 0, 0, null);
    return new SafePattern(name, regex, p);
  }

  /**
   * Returns the name given at compilation.
   *
   * @return the name; not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the pattern's source.
   *
   * @return the regex; not null
   */
  public String regex() {
    return regex;
  }

  /**
   * Tells whether some non-empty substring of the text matches.
   *
   * @param text the text; not null
   * @return true if a non-empty match exists
   * @throws NullPointerException if {@code text} is null
   */
  public boolean find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    boolean[] covered = new boolean[text.length()];
    cover(text, 0, text.length(), covered);
    for (boolean b : covered) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sets {@code covered[i]} to true for every {@code i} in {@code [from, to)} that lies inside a non-empty match of
   * the pattern in {@code text[from, to)} (matches do not cross the bounds). Other elements are left as they are.
   *
   * @param text the text; not null
   * @param from the first index searched, {@code 0 <= from <= to}
   * @param to the end of the searched range, {@code <= text.length()}
   * @param covered the marks, at least {@code to} long; not null
   * @throws NullPointerException if an argument is null
   * @throws IndexOutOfBoundsException if the range is not valid
   */
  public void cover(CharSequence text, int from, int to, boolean[] covered) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(covered, "covered");
    Objects.checkFromToIndex(from, to, text.length());
    Objects.checkFromToIndex(from, to, covered.length);
    int len = to - from;
    // earliest[e] = the earliest start of a match ending at from + e, or Integer.MAX_VALUE
    int[] earliest = new int[len + 1];
    Arrays.fill(earliest, Integer.MAX_VALUE);
    int n = op.length;
    Threads cur = new Threads(n);
    Threads next = new Threads(n);
    int[] stack = new int[2 * n + 2]; // each state is marked once and pushes at most two
    for (int i = from; ; i++) {
      // Threads are kept ordered by start, earliest first, so the first to claim a state keeps the earliest start:
      // that loses no covered character, since a later start in the same state can only match a sub-interval.
      add(cur, 0, i, i, earliest, from, stack);
      if (i == to) {
        break;
      }
      char c = text.charAt(i);
      next.clear();
      for (int t = 0; t < cur.size; t++) {
        int pc = cur.pc[t];
        if (cls[pc].matches(c)) {
          add(next, pc + 1, cur.start[t], i + 1, earliest, from, stack);
        }
      }
      Threads swap = cur;
      cur = next;
      next = swap;
    }
    int minStart = Integer.MAX_VALUE;
    for (int e = len; e >= 1; e--) {
      minStart = Math.min(minStart, earliest[e]);
      int k = from + e - 1;
      if (minStart <= k) {
        covered[k] = true;
      }
    }
  }

  /** Adds a thread and its epsilon closure; records a match reached at {@code pos}. */
  private void add(Threads list, int pc0, int start, int pos, int[] earliest, int from, int[] stack) {
    int sp = 0;
    stack[sp++] = pc0;
    while (sp > 0) {
      int pc = stack[--sp];
      if (!list.mark(pc)) {
        continue;
      }
      switch (op[pc]) {
        case JMP -> stack[sp++] = x[pc];
        case SPLIT -> {
          stack[sp++] = y[pc];
          stack[sp++] = x[pc];
        }
        case MATCH -> {
          if (start < pos && start < earliest[pos - from]) {
            earliest[pos - from] = start;
          }
        }
        default -> list.push(pc, start);
      }
    }
  }

  @Override
  public String toString() {
    return "SafePattern[" + name + "]";
  }

  /** A thread list with a sparse set of the states already visited in this step. */
  private static final class Threads {
    final int[] pc;
    final int[] start;
    final int[] seen;
    int stamp = 1;
    int size;

    Threads(int n) {
      pc = new int[n];
      start = new int[n];
      seen = new int[n];
    }

    void clear() {
      size = 0;
      stamp++;
      if (stamp == Integer.MAX_VALUE) {
        Arrays.fill(seen, 0);
        stamp = 1;
      }
    }

    /** Marks a state visited; false if it already was in this step. */
    boolean mark(int state) {
      if (seen[state] == stamp) {
        return false;
      }
      seen[state] = stamp;
      return true;
    }

    void push(int state, int s) {
      pc[size] = state;
      start[size] = s;
      size++;
    }
  }

  // ------------------------------------------------------------------------------------------------ classes

  /** A set of UTF-16 code units as sorted, disjoint, inclusive ranges. */
  static final class CharClass {
    static final CharClass ANY = new CharClass(new int[] {0, 0xFFFF});
    static final CharClass DIGIT = new CharClass(new int[] {'0', '9'});
    static final CharClass WORD = new CharClass(new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'});
    static final CharClass SPACE = new CharClass(new int[] {'\t', '\r', ' ', ' '});

    private final int[] ranges;
    private final long lo;
    private final long hi;

    CharClass(int[] ranges) {
      this.ranges = ranges;
      long l = 0;
      long h = 0;
      for (int c = 0; c < 128; c++) {
        if (slowMatches((char) c)) {
          if (c < 64) {
            l |= 1L << c;
          } else {
            h |= 1L << (c - 64);
          }
        }
      }
      this.lo = l;
      this.hi = h;
    }

    static CharClass of(char c) {
      return new CharClass(new int[] {c, c});
    }

    boolean matches(char c) {
      if (c < 64) {
        return (lo & (1L << c)) != 0;
      }
      if (c < 128) {
        return (hi & (1L << (c - 64))) != 0;
      }
      return slowMatches(c);
    }

    private boolean slowMatches(char c) {
      for (int i = 0; i < ranges.length; i += 2) {
        if (c < ranges[i]) {
          return false;
        }
        if (c <= ranges[i + 1]) {
          return true;
        }
      }
      return false;
    }

    /** The union of ranges given as pairs in any order. */
    static CharClass union(List<int[]> pairs) {
      List<int[]> sorted = new ArrayList<>(pairs);
      sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
      List<Integer> out = new ArrayList<>();
      for (int[] r : sorted) {
        int n = out.size();
        if (n > 0 && r[0] <= out.get(n - 1) + 1) {
          out.set(n - 1, Math.max(out.get(n - 1), r[1]));
        } else {
          out.add(r[0]);
          out.add(r[1]);
        }
      }
      return new CharClass(out.stream().mapToInt(Integer::intValue).toArray());
    }

    List<int[]> pairs() {
      List<int[]> p = new ArrayList<>();
      for (int i = 0; i < ranges.length; i += 2) {
        p.add(new int[] {ranges[i], ranges[i + 1]});
      }
      return p;
    }

    CharClass negate() {
      List<int[]> out = new ArrayList<>();
      int next = 0;
      for (int i = 0; i < ranges.length; i += 2) {
        if (ranges[i] > next) {
          out.add(new int[] {next, ranges[i] - 1});
        }
        next = ranges[i + 1] + 1;
      }
      if (next <= 0xFFFF) {
        out.add(new int[] {next, 0xFFFF});
      }
      return union(out);
    }
  }

  // ------------------------------------------------------------------------------------------------ syntax

  private sealed interface Node permits Chars, Seq, Alt, Repeat {}

  private record Chars(CharClass cls) implements Node {}

  private record Seq(List<Node> items) implements Node {}

  private record Alt(List<Node> options) implements Node {}

  /** {@code max < 0} means unbounded. */
  private record Repeat(Node body, int min, int max) implements Node {}

  /** A recursive-descent parser of the subset. */
  private static final class Parser {
    private final String name;
    private final String s;
    private int pos;
    private int depth;

    Parser(String name, String s) {
      this.name = name;
      this.s = s;
    }

    private UnsafePatternException fail(int at, String problem) {
      return new UnsafePatternException(name, at, problem);
    }

    Node parseAll() {
      Node n = alternation();
      if (pos < s.length()) {
        throw fail(pos, "unbalanced ')'");
      }
      return n;
    }

    private Node alternation() {
      List<Node> options = new ArrayList<>();
      options.add(sequence());
      while (pos < s.length() && s.charAt(pos) == '|') {
        pos++;
        options.add(sequence());
      }
      return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    private Node sequence() {
      List<Node> items = new ArrayList<>();
      while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
        items.add(quantified());
      }
      return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private Node quantified() {
      Node n = atom();
      boolean quantified = false;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        int at = pos;
        if (c == '?' && quantified) {
          pos++; // lazy suffix: the same language
          continue;
        }
        if (c == '+' && quantified) {
          throw fail(at, "possessive quantifier '+' is not supported");
        }
        if (c == '*' || c == '+' || c == '?') {
          pos++;
          n = new Repeat(n, c == '+' ? 1 : 0, c == '?' ? 1 : -1);
        } else if (c == '{') {
          n = bounded(n);
        } else {
          break;
        }
        quantified = true;
      }
      return n;
    }

    private Node bounded(Node body) {
      int at = pos;
      pos++;
      int min = number(at);
      int max = min;
      if (pos < s.length() && s.charAt(pos) == ',') {
        pos++;
        max = pos < s.length() && s.charAt(pos) == '}' ? -1 : number(at);
      }
      if (pos >= s.length() || s.charAt(pos) != '}') {
        throw fail(at, "repetition must be {m}, {m,} or {m,n}");
      }
      pos++;
      if (max >= 0 && max < min) {
        throw fail(at, "repetition {" + min + "," + max + "} must have m <= n");
      }
      return new Repeat(body, min, max);
    }

    private int number(int braceAt) {
      int start = pos;
      long v = 0;
      while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
        v = v * 10 + (s.charAt(pos) - '0');
        if (v > MAX_REPEAT) {
          throw fail(braceAt, "repetition bound must be at most " + MAX_REPEAT + ", but was "
              + s.substring(start, Math.min(s.length(), pos + 1)) + "...");
        }
        pos++;
      }
      if (pos == start) {
        throw fail(pos, "repetition must be {m}, {m,} or {m,n}");
      }
      return (int) v;
    }

    private Node atom() {
      if (pos >= s.length()) {
        throw fail(pos, "pattern ends where an atom is expected");
      }
      int at = pos;
      char c = s.charAt(pos++);
      switch (c) {
        case '(' -> {
          if (s.startsWith("?:", pos)) {
            pos += 2;
          } else if (pos < s.length() && s.charAt(pos) == '?') {
            String what = s.startsWith("?=", pos) || s.startsWith("?!", pos) || s.startsWith("?<=", pos)
                || s.startsWith("?<!", pos) ? "lookaround" : "group construct '(?'";
            throw fail(at, what + " is not supported");
          }
          if (++depth > 100) {
            throw fail(at, "groups must nest at most 100 deep");
          }
          Node inner = alternation();
          if (pos >= s.length() || s.charAt(pos) != ')') {
            throw fail(at, "unclosed group '('");
          }
          pos++;
          depth--;
          return inner;
        }
        case ')' -> throw fail(at, "unbalanced ')'");
        case '[' -> {
          return new Chars(charClass(at));
        }
        case '.' -> {
          return new Chars(CharClass.ANY);
        }
        case '^', '$' -> throw fail(at, "anchor '" + c + "' is not supported");
        case '*', '+', '?' -> throw fail(at, "quantifier '" + c + "' without an operand");
        case '{' -> throw fail(at, "repetition '{' without an operand");
        case '\\' -> {
          return new Chars(escape(at, false));
        }
        default -> {
          return new Chars(CharClass.of(c));
        }
      }
    }

    private CharClass escape(int at, boolean inClass) {
      if (pos >= s.length()) {
        throw fail(at, "pattern ends with '\\'");
      }
      char e = s.charAt(pos++);
      switch (e) {
        case 'd':
          return CharClass.DIGIT;
        case 'D':
          return CharClass.DIGIT.negate();
        case 'w':
          return CharClass.WORD;
        case 'W':
          return CharClass.WORD.negate();
        case 's':
          return CharClass.SPACE;
        case 'S':
          return CharClass.SPACE.negate();
        case 't':
          return CharClass.of('\t');
        case 'n':
          return CharClass.of('\n');
        case 'r':
          return CharClass.of('\r');
        case 'f':
          return CharClass.of('\f');
        default:
          break;
      }
      if (e >= '1' && e <= '9' || e == 'k') {
        throw fail(at, "backreference '\\" + e + "' is not supported");
      }
      if (!inClass && "bBAzZG".indexOf(e) >= 0) {
        throw fail(at, "anchor or boundary '\\" + e + "' is not supported");
      }
      if (Character.isLetterOrDigit(e)) {
        throw fail(at, "escape '\\" + e + "' is not supported");
      }
      return CharClass.of(e);
    }

    private CharClass charClass(int at) {
      boolean negated = pos < s.length() && s.charAt(pos) == '^';
      if (negated) {
        pos++;
      }
      List<int[]> pairs = new ArrayList<>();
      boolean first = true;
      while (true) {
        if (pos >= s.length()) {
          throw fail(at, "unclosed class '['");
        }
        char c = s.charAt(pos);
        if (c == ']' && !first) {
          pos++;
          break;
        }
        first = false;
        int itemAt = pos;
        pos++;
        if (c == '[') {
          throw fail(itemAt, "nested class or class operation '[' is not supported (escape it as \\[)");
        }
        if (c == '\\') {
          CharClass e = escape(itemAt, true);
          if (e.ranges.length != 2 || e.ranges[0] != e.ranges[1]) {
            pairs.addAll(e.pairs());
            continue;
          }
          c = (char) e.ranges[0];
        }
        if (pos + 1 < s.length() && s.charAt(pos) == '-' && s.charAt(pos + 1) != ']') {
          pos++;
          int hiAt = pos;
          char hi = s.charAt(pos++);
          if (hi == '\\') {
            CharClass e = escape(hiAt, true);
            if (e.ranges.length != 2 || e.ranges[0] != e.ranges[1]) {
              throw fail(hiAt, "a range cannot end in a class escape");
            }
            hi = (char) e.ranges[0];
          }
          if (hi < c) {
            throw fail(itemAt, "range " + c + "-" + hi + " is reversed");
          }
          pairs.add(new int[] {c, hi});
        } else {
          pairs.add(new int[] {c, c});
        }
      }
      CharClass cc = CharClass.union(pairs);
      return negated ? cc.negate() : cc;
    }
  }

  // ------------------------------------------------------------------------------------------------ compilation

  /** The NFA being built: instruction arrays, appended to. */
  private static final class Program {
    final String name;
    final List<Byte> op = new ArrayList<>();
    final List<Integer> x = new ArrayList<>();
    final List<Integer> y = new ArrayList<>();
    final List<CharClass> cls = new ArrayList<>();

    Program(String name) {
      this.name = name;
    }

    int add(byte o, int a, int b, CharClass c) {
      if (op.size() >= MAX_PROGRAM_SIZE) {
        throw new UnsafePatternException(name, 0, "the pattern compiles to more than " + MAX_PROGRAM_SIZE
            + " NFA states; use smaller repetition bounds");
      }
      op.add(o);
      x.add(a);
      y.add(b);
      cls.add(c);
      return op.size() - 1;
    }

    void set(int pc, int a, int b) {
      x.set(pc, a);
      y.set(pc, b);
    }

    int here() {
      return op.size();
    }

    void emit(Node n) {
      if (n instanceof Chars c) {
        add(CHAR, 0, 0, c.cls());
      } else if (n instanceof Seq seq) {
        seq.items().forEach(this::emit);
      } else if (n instanceof Alt alt) {
        List<Integer> jumps = new ArrayList<>();
        for (int i = 0; i < alt.options().size(); i++) {
          if (i < alt.options().size() - 1) {
            int split = add(SPLIT, 0, 0, null);
            emit(alt.options().get(i));
            jumps.add(add(JMP, 0, 0, null));
            set(split, split + 1, here());
          } else {
            emit(alt.options().get(i));
          }
        }
        for (int j : jumps) {
          set(j, here(), 0);
        }
      } else if (n instanceof Repeat r) {
        for (int i = 0; i < r.min(); i++) {
          emit(r.body());
        }
        if (r.max() < 0) {
          int split = add(SPLIT, 0, 0, null);
          emit(r.body());
          add(JMP, split, 0, null);
          set(split, split + 1, here());
        } else {
          List<Integer> splits = new ArrayList<>();
          for (int i = r.min(); i < r.max(); i++) {
            splits.add(add(SPLIT, 0, 0, null));
            emit(r.body());
          }
          for (int sp : splits) {
            set(sp, sp + 1, here());
          }
        }
      }
    }
  }
}
