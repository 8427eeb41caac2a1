package dev.cim.examples.demo;

import dev.cim.core.TimelineEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.cim.core.analytics.KpiReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the day's results as one self-contained HTML page: inline CSS and inline SVG charts (service level per hour,
 * contacts per channel, message sentiment distribution), no scripts, fonts or links, so it renders offline.
 */
final class HtmlReport {
  private HtmlReport() {}

  static void write(Path file, DayReport r, DemoOptions o, Scenario s) throws IOException {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>cim demo day</title><style>")
        .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td.l,th.l{text-align:left}")
        .append(".neg{color:#b00}.pos{color:#070}</style></head><body>");
    h.append("<h1>cim demo: one day of a contact center</h1><p>")
        .append(String.format(Locale.ROOT, "%d customers, %d agents, %d contacts, seed %d.", o.customers(),
            o.agents(), s.contacts.size(), o.seed())).append("</p>");
    h.append("<h2>End-of-day KPIs</h2><table><tr><th class=l>channel</th><th>contacts</th><th>answered</th>")
        .append("<th>abandon %</th><th>ASA s</th><th>AHT s</th><th>SL %</th><th>FCR %</th><th>transfer %</th>")
        .append("<th>CSAT %</th><th>NPS</th><th>alerts</th></tr>");
    List<DayReport.KpiRow> rows = new ArrayList<>(r.kpis());
    rows.add(r.dayTotal());
    for (DayReport.KpiRow k : rows) {
      KpiReport x = k.kpis();
      h.append(String.format(Locale.ROOT, "<tr><td class=l>%s</td><td>%d</td><td>%d</td><td>%.1f</td><td>%.1f</td>"
          + "<td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%+.1f</td><td>%d</td></tr>",
          k.channel() == null ? "all" : k.channel().name(), x.contacts(), x.answered(),
          x.abandonmentRate().percentOr(0), x.speedOfAnswer().secondsOr(0), x.handleTime().secondsOr(0),
          x.serviceLevel().percentOr(0), x.firstContactResolution().percentOr(0), x.transferRate().percentOr(0),
          x.csat().percentOr(0), x.nps().score().orElse(0), k.alerts()));
    }
    KpiReport day = r.dayTotal().kpis();
    h.append("</table><p>").append(String.format(Locale.ROOT, "Occupancy %.1f%%; %d survey answers, CSAT %.1f%%, "
        + "NPS %+.1f, CES %.2f.", day.occupancy().percentOr(0), day.csat().denominator(), day.csat().percentOr(0),
        day.nps().score().orElse(0), day.effort().value().orElse(0))).append("</p>");
    h.append("<h2>Charts</h2>");
    List<SvgCharts.Bar> sl = new ArrayList<>();
    for (DayReport.HourSl hour : r.slByHour()) {
      double v = hour.kpis().serviceLevel().percentOr(0);
      sl.add(new SvgCharts.Bar(hour.hour(), v, v >= 80 ? "#2a7" : v >= 60 ? "#e92" : "#c33"));
    }
    h.append("<figure>").append(SvgCharts.bars("chart-service-level", "Service level per hour (%)", sl, 100, "%"))
        .append("</figure>");
    List<SvgCharts.Bar> volume = new ArrayList<>();
    double maxVolume = 0;
    for (DayReport.KpiRow k : r.kpis()) {
      volume.add(new SvgCharts.Bar(k.channel().name(), k.kpis().contacts(), "#37c"));
      maxVolume = Math.max(maxVolume, k.kpis().contacts());
    }
    h.append("<figure>").append(SvgCharts.bars("chart-volume", "Contacts per channel", volume, maxVolume, ""))
        .append("</figure>");
    int[] hist = r.sentimentHistogram();
    List<SvgCharts.Bar> sentiment = new ArrayList<>();
    double maxCount = 0;
    for (int i = 0; i < hist.length; i++) {
      double lo = -1 + 2.0 * i / hist.length;
      String colour = lo < -0.2 ? "#c33" : lo >= 0.2 ? "#2a7" : "#999";
      sentiment.add(new SvgCharts.Bar(String.format(Locale.ROOT, "%+.1f", lo), hist[i], colour));
      maxCount = Math.max(maxCount, hist[i]);
    }
    h.append("<figure>").append(SvgCharts.bars("chart-sentiment",
        "Message sentiment distribution (messages per score band, lower bound shown)", sentiment, maxCount, ""))
        .append("</figure>");
    h.append("</table><h2>Hour by hour</h2><pre>");
    r.hourLines().forEach(l -> h.append(escape(l)).append('\n'));
    h.append("</pre><h2>Unified timeline of the featured customer</h2><table><tr><th class=l>time</th>")
        .append("<th class=l>channel</th><th class=l>who</th><th class=l>text</th><th>sentiment</th></tr>");
    for (TimelineEntry e : r.featuredTimeline()) {
      String score = e.sentiment().map(v -> String.format(Locale.ROOT, "<span class=%s>%+.2f</span>",
          v < 0 ? "neg" : "pos", v)).orElse("");
      h.append("<tr><td class=l>").append(e.at()).append("</td><td class=l>").append(e.channel())
          .append("</td><td class=l>").append(e.role()).append("</td><td class=l>").append(escape(e.text()))
          .append("</td><td>").append(score).append("</td></tr>");
    }
    h.append("</table><h2>Supervisor alerts</h2><table><tr><th class=l>time</th><th class=l>channel</th>")
        .append("<th class=l>customer</th><th>trend</th><th class=l>state</th></tr>");
    for (DayReport.AlertRow a : r.alerts()) {
      h.append(String.format(Locale.ROOT, "<tr><td class=l>%s</td><td class=l>%s</td><td class=l>%s</td>"
          + "<td class=neg>%+.2f</td><td class=l>%s</td></tr>", a.at(), a.channel(), escape(a.customer()),
          a.trendScore(), a.state()));
    }
    h.append("</table></body></html>\n");
    Files.writeString(file, h, StandardCharsets.UTF_8);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
