package dev.cim.examples.demo;

import java.util.List;
import java.util.Locale;

/**
 * Draws simple bar charts as inline SVG: no scripts, fonts, stylesheets or links, so a page that holds them renders
 * without network access.
 */
final class SvgCharts {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 240;
  private static final int LEFT = 44;
  private static final int BOTTOM = 40;
  private static final int TOP = 24;

  private SvgCharts() {}

  /** One bar: its label under the axis, its value, and its colour. */
  record Bar(String label, double value, String colour) {}

  /**
   * Returns an {@code <svg>} element with one bar per entry, a y axis from 0 to {@code max}, and each bar's value
   * above it.
   */
  static String bars(String id, String title, List<Bar> bars, double max, String unit) {
    double top = max > 0 ? max : 1;
    int plotW = WIDTH - LEFT - 10;
    int plotH = HEIGHT - TOP - BOTTOM;
    double slot = bars.isEmpty() ? plotW : (double) plotW / bars.size();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg id=\"%s\" role=\"img\" aria-label=\"%s\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\">", id, HtmlReport.escape(title), WIDTH, HEIGHT, WIDTH, HEIGHT));
    s.append("<title>").append(HtmlReport.escape(title)).append("</title>");
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" font-size=\"13\" font-weight=\"bold\">%s</text>",
        LEFT, HtmlReport.escape(title)));
    for (int k = 0; k <= 4; k++) {
      double y = TOP + plotH - plotH * k / 4.0;
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
          + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>", LEFT, y, WIDTH - 10, y,
          LEFT - 4, y + 3, number(top * k / 4) + unit));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double h = Math.max(0, Math.min(1, b.value() / top)) * plotH;
      double x = LEFT + i * slot + slot * 0.15;
      double w = slot * 0.7;
      double y = TOP + plotH - h;
      s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
          + "<title>%s: %s%s</title></rect>", x, y, w, h, b.colour(), HtmlReport.escape(b.label()),
          number(b.value()), unit));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s"
          + "</text>", x + w / 2, y - 3, number(b.value())));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s"
          + "</text>", x + w / 2, HEIGHT - BOTTOM + 14, HtmlReport.escape(b.label())));
    }
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT,
        TOP + plotH, WIDTH - 10, TOP + plotH));
    return s.append("</svg>").toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
