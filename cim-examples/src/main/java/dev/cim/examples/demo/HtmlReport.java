package dev.cim.examples.demo;

import dev.cim.core.TimelineEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the day's results as one self-contained HTML page. */
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
        .append("<th>abandon %</th><th>ASA s</th><th>AHT s</th><th>SL %</th><th>FCR %</th><th>alerts</th></tr>");
    for (DayReport.KpiRow k : r.kpis()) {
      h.append(String.format(Locale.ROOT, "<tr><td class=l>%s</td><td>%d</td><td>%d</td><td>%.1f</td><td>%.1f</td>"
          + "<td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%d</td></tr>", k.channel(), k.contacts(), k.answered(),
          100 * k.abandonRate(), k.asaSeconds(), k.ahtSeconds(), 100 * k.serviceLevel(), 100 * k.fcr(),
          k.alerts()));
    }
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
