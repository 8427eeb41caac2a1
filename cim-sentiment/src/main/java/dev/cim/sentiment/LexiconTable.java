package dev.cim.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lookup structure behind a {@link Lexicon}: an open-addressing hash table keyed by char ranges (no allocation
 * per lookup), parallel arrays of entry data, and a trie of phrases over entry ids.
 */
final class LexiconTable {
  static final int PHRASE_START = 1 << 8;
  static final int EMOTICON = 1 << 9;
  static final int HAS_VALENCE = 1 << 10;
  static final int HAS_NEG_VALENCE = 1 << 11;
  /** The word appears after the first word of some phrase. */
  static final int PHRASE_CONT = 1 << 12;
  /** The term is elongated: see {@link #elongated(char[], int, int)}. */
  static final int ELONGATED = 1 << 13;

  final String[] terms;
  final double[] valence;
  final double[] negValence;
  final double[] boost;
  final int[] flags;
  /** Number of words of a phrase entry (1 for single tokens). */
  final int[] words;
  private final char[] pool;
  /** Per entry: offset of its key in the pool, shifted left by 8, or'ed with its length (at most 255). */
  private final int[] keyMeta;
  /**
   * A second open-addressing table, for the entries whose term has at most 8 chars, each in [1, 255]: slot k holds the
   * term packed 8 bits per char ({@code p = p << 8 | c}) at {@code 2k} and its entry id at {@code 2k + 1}; 0 at
   * {@code 2k} when empty (no packed term is 0). Equal packed keys mean equal terms, so {@link #find8(long)} compares
   * one long, and the slot is chosen from the packed key itself, not from the chars: see {@link #slot8(long, int)}.
   */
  private final long[] short8;
  /** The number of slots of {@link #short8} less one (a power of two less one). */
  private final int short8Mask;
  /** Open addressing: {@code (long) hash << 32 | id}, or -1 when empty. */
  private final long[] slots;
  private final int mask;
  // phrase trie: node ids; edge (node, entry) -> child in an open-addressing long table
  private final long[] edgeKeys;
  private final int[] edgeVals;
  private final int edgeMask;
  final int[] nodePhrase;
  /** The trie's edges by node: node k's edges are {@code [childStart[k], childStart[k + 1])}. */
  private final int[] childStart;
  private final int[] childEntry;
  private final int[] childNode;
  /** The trie node after the first word of a phrase, per entry; -1 if no phrase starts with it. */
  final int[] rootChild;
  /**
   * Per entry: a filter of the words that can follow it in a phrase (bit {@link #edgeBit(int)} of each), 0 if no
   * phrase starts with it; a clear bit proves that no phrase starts with the entry and that word.
   */
  final long[] firstMask;
  final boolean[] emoticonStart = new boolean[128];
  final int maxEmoticon;
  /** The entry of {@code <num>}, which any all-digit token not in the table maps to, or -1. */
  final int numberEntry;

  LexiconTable(Map<String, Lexicon.Spec> specs) {
    LinkedHashMap<String, Lexicon.Spec> all = new LinkedHashMap<>(specs);
    // every word of a phrase needs an entry of its own
    for (String t : specs.keySet()) {
      if (t.indexOf(' ') > 0) {
        for (String w : t.split(" ")) {
          all.putIfAbsent(w, new Lexicon.Spec(0.0, Double.NaN, 0.0, 0));
        }
      }
    }
    int n = all.size();
    terms = new String[n];
    valence = new double[n];
    negValence = new double[n];
    boost = new double[n];
    flags = new int[n];
    words = new int[n];
    keyMeta = new int[n];
    long[] key8 = new long[n];
    int cap = Integer.highestOneBit(Math.max(4, n * 2 + 1)) << 1;
    slots = new long[cap];
    Arrays.fill(slots, -1L);
    mask = cap - 1;
    StringBuilder sb = new StringBuilder();
    int i = 0;
    int maxEmo = 0;
    for (Map.Entry<String, Lexicon.Spec> e : all.entrySet()) {
      String t = e.getKey();
      Lexicon.Spec s = e.getValue();
      terms[i] = t;
      valence[i] = s.valence();
      negValence[i] = s.negValence();
      boost[i] = s.boost();
      int f = s.flags();
      if (s.valence() != 0.0 && (f & Lexicon.BOOSTER) == 0) {
        f |= HAS_VALENCE;
      }
      if (!Double.isNaN(s.negValence())) {
        f |= HAS_NEG_VALENCE;
      }
      char c0 = t.charAt(0);
      if (!Character.isLetterOrDigit(t.codePointAt(0)) && c0 < 128 && t.length() >= 2
          && !t.startsWith(Lexicon.NUMBER)) {
        f |= EMOTICON;
        emoticonStart[c0] = true;
        maxEmo = Math.max(maxEmo, t.length());
      }
      if (elongated(t.toCharArray(), 0, t.length())) {
        f |= ELONGATED;
      }
      flags[i] = f;
      words[i] = 1;
      if (sb.length() >= 1 << 23) {
        throw new IllegalArgumentException("lexicon terms must total fewer than 8,388,608 characters, but reached "
            + sb.length());
      }
      keyMeta[i] = (sb.length() << 8) | t.length();
      key8[i] = pack8(t);
      sb.append(t);
      int full = hash(t, 0, t.length());
      int h = full & mask;
      while (slots[h] != -1L) {
        h = (h + 1) & mask;
      }
      slots[h] = ((long) full << 32) | i;
      i++;
    }
    maxEmoticon = maxEmo;
    pool = sb.toString().toCharArray();
    int shorts = 0;
    for (long k : key8) {
      shorts += k != 0 ? 1 : 0;
    }
    int cap8 = Integer.highestOneBit(Math.max(4, shorts * 2 + 1)) << 1;
    short8 = new long[2 * cap8];
    short8Mask = cap8 - 1;
    for (int id = 0; id < n; id++) {
      if (key8[id] != 0) {
        int at = slot8(key8[id], short8Mask);
        while (short8[2 * at] != 0) {
          at = (at + 1) & short8Mask;
        }
        short8[2 * at] = key8[id];
        short8[2 * at + 1] = id;
      }
    }
    numberEntry = find(Lexicon.NUMBER);
    // phrases
    List<int[]> phrases = new ArrayList<>();
    for (int id = 0; id < n; id++) {
      if (terms[id].indexOf(' ') > 0) {
        String[] ws = terms[id].split(" ");
        int[] path = new int[ws.length + 1];
        for (int k = 0; k < ws.length; k++) {
          path[k] = find(ws[k]);
        }
        path[ws.length] = id;
        phrases.add(path);
        words[id] = ws.length;
      }
    }
    int ecap = Integer.highestOneBit(Math.max(4, phrases.size() * 8 + 1)) << 1;
    edgeKeys = new long[ecap];
    Arrays.fill(edgeKeys, -1L);
    edgeVals = new int[ecap];
    edgeMask = ecap - 1;
    List<Integer> nodePhraseList = new ArrayList<>();
    nodePhraseList.add(-1); // root
    for (int[] path : phrases) {
      int node = 0;
      for (int k = 0; k < path.length - 1; k++) {
        int w = path[k];
        if (k == 0) {
          flags[w] |= PHRASE_START;
        } else {
          flags[w] |= PHRASE_CONT;
        }
        int child = child(node, w);
        if (child < 0) {
          child = nodePhraseList.size();
          nodePhraseList.add(-1);
          putEdge(node, w, child);
        }
        node = child;
      }
      nodePhraseList.set(node, path[path.length - 1]);
    }
    nodePhrase = nodePhraseList.stream().mapToInt(Integer::intValue).toArray();
    int nodes = nodePhrase.length;
    int[] count = new int[nodes + 1];
    for (int e = 0; e < edgeKeys.length; e++) {
      if (edgeKeys[e] != -1L) {
        count[(int) (edgeKeys[e] >>> 32) + 1]++;
      }
    }
    for (int k = 0; k < nodes; k++) {
      count[k + 1] += count[k];
    }
    childStart = count.clone();
    childEntry = new int[count[nodes]];
    childNode = new int[count[nodes]];
    int[] fill = count.clone();
    for (int e = 0; e < edgeKeys.length; e++) {
      if (edgeKeys[e] != -1L) {
        int from = (int) (edgeKeys[e] >>> 32);
        int at = fill[from]++;
        childEntry[at] = (int) edgeKeys[e];
        childNode[at] = edgeVals[e];
      }
    }
    rootChild = new int[n];
    for (int id = 0; id < n; id++) {
      rootChild[id] = (flags[id] & PHRASE_START) != 0 ? child(0, id) : -1;
    }
    firstMask = new long[n];
    for (int id = 0; id < n; id++) {
      int node = rootChild[id];
      if (node >= 0) {
        long m = 0;
        for (int e = childStart[node]; e < childStart[node + 1]; e++) {
          m |= 1L << edgeBit(childEntry[e]);
        }
        // a phrase of one word cannot be built (it has a space), but if it were, its start must never be skipped
        firstMask[id] = nodePhrase[node] >= 0 ? -1L : m;
      }
    }
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + s.charAt(k);
    }
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  int find(String t) {
    return find(t.toCharArray(), 0, t.length());
  }

  /** Returns the entry id of the lower-case chars {@code buf[from, to)}, or -1. Allocation-free. */
  int find(char[] buf, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + buf[k];
    }
    return find(buf, from, to, h);
  }

  /** As {@link #find(char[], int, int)}, with the polynomial hash {@code h = 31 * h + c} of the chars given. */
  int find(char[] buf, int from, int to, int h) {
    int len = to - from;
    int full = mix(h);
    int s = full & mask;
    while (true) {
      long slot = slots[s];
      if (slot == -1L) {
        return -1;
      }
      int id = (int) slot;
      int meta;
      if ((int) (slot >>> 32) == full && ((meta = keyMeta[id]) & 0xff) == len) {
        int off = meta >>> 8;
        int k = 0;
        while (k < len && pool[off + k] == buf[from + k]) {
          k++;
        }
        if (k == len) {
          return id;
        }
      }
      s = (s + 1) & mask;
    }
  }

  /**
   * Whether the lower-case chars {@code w[from, to)} hold a run of 3 or more of the same char other than an ASCII
   * digit or {@code '}: the tokenizer's rule for an elongated word.
   */
  static boolean elongated(char[] w, int from, int to) {
    int run = 0;
    char prev = 0;
    for (int k = from; k < to; k++) {
      char c = w[k];
      if (c == prev) {
        if (++run >= 3 && !(c >= '0' && c <= '9') && c != '\'') {
          return true;
        }
      } else {
        run = 1;
      }
      prev = c;
    }
    return false;
  }

  private static long pack8(String t) {
    if (t.length() > 8) {
      return 0;
    }
    long k = 0;
    for (int j = 0; j < t.length(); j++) {
      char c = t.charAt(j);
      if (c == 0 || c > 255) {
        return 0;
      }
      k = k << 8 | c;
    }
    return k;
  }

  /**
   * The first slot of {@link #short8} to probe for a packed term: the top bits of a multiplicative hash of it.
   *
   * @param packed a term packed 8 bits per char, not 0
   * @param slotMask the number of slots less one, a power of two less one
   */
  private static int slot8(long packed, int slotMask) {
    return (int) ((packed * 0x9E3779B97F4A7C15L) >>> 40) & slotMask;
  }

  /**
   * As {@link #find(char[], int, int)} for a word of 1 to 8 chars, each in [1, 255], given packed as
   * {@code p = p << 8 | c} (the first char in the highest byte used); it needs neither the chars nor their hash.
   * Allocation-free.
   *
   * @param packed the word's chars packed, not 0
   * @return the entry id of the word, or -1
   */
  int find8(long packed) {
    final long[] tab = short8;
    int at = slot8(packed, short8Mask);
    while (true) {
      long k = tab[2 * at];
      if (k == packed) {
        return (int) tab[2 * at + 1];
      }
      if (k == 0) {
        return -1;
      }
      at = (at + 1) & short8Mask;
    }
  }

  /** The trie node after {@code node} on the word {@code entry}, or -1; a scan of the node's few edges. */
  int next(int node, int entry) {
    for (int k = childStart[node], e = childStart[node + 1]; k < e; k++) {
      if (childEntry[k] == entry) {
        return childNode[k];
      }
    }
    return -1;
  }

  /** A bit index in [0, 64) for an entry id, spread by a multiplicative hash. */
  static int edgeBit(int entry) {
    return (entry * 0x9E3779B9) >>> 26;
  }

  private int child(int node, int entry) {
    long key = ((long) node << 32) | (entry & 0xffffffffL);
    int s = mix((int) (key ^ (key >>> 29))) & edgeMask;
    while (true) {
      long k = edgeKeys[s];
      if (k == -1L) {
        return -1;
      }
      if (k == key) {
        return edgeVals[s];
      }
      s = (s + 1) & edgeMask;
    }
  }

  private void putEdge(int node, int entry, int child) {
    long key = ((long) node << 32) | (entry & 0xffffffffL);
    int s = mix((int) (key ^ (key >>> 29))) & edgeMask;
    while (edgeKeys[s] != -1L) {
      s = (s + 1) & edgeMask;
    }
    edgeKeys[s] = key;
    edgeVals[s] = child;
  }
}
