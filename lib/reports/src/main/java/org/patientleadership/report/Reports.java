package org.patientleadership.report;

import java.util.List;
import java.util.Locale;

import org.patientleadership.catalogue.Catalogue;
import org.patientleadership.internal.UserText;

/**
 * What the three reports share: the HTML page around their content, with its inline style sheet (screen,
 * phone and A4 print), and the Markdown helpers.
 */
final class Reports {

    /** The inline style sheet: readable from a phone's width up, and printable on A4. */
    private static final String STYLE = String.join("\n",
            "*{box-sizing:border-box}",
            "body{margin:0;background:" + Palette.BACKGROUND + ";color:" + Palette.TEXT + ";font:16px/1.5 "
                    + "system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}",
            "main{max-width:52rem;margin:0 auto;padding:1rem}",
            "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid "
                    + Palette.MARK + "}h3{font-size:1.05rem}",
            ".meta,figcaption,footer{color:" + Palette.MUTED + "}",
            "figure{margin:1rem 0}svg{display:block;height:auto}",
            "table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.95rem}",
            "th,td{border:1px solid #b3b3b3;padding:.3rem .5rem;text-align:left;vertical-align:top}",
            "th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}",
            ".ladders{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem 1.5rem}",
            ".ladders figure{margin:0}.ladders svg{max-width:260px}.ladders figcaption{font-size:.9rem}",
            ".up{color:" + Palette.UP + ";font-weight:bold}.down{color:" + Palette.DOWN + ";font-weight:bold}",
            "ol.plan>li{margin-bottom:.75rem}",
            // Charts drawn in two forms: the wide one on screens from 40rem and in print, the narrow one on phones.
            "svg.narrow{display:none}",
            "@media (max-width:40rem){body{font-size:15px}main{padding:.5rem}th,td{padding:.2rem .3rem}"
                    + "table{font-size:.9rem}h2{margin-top:1.5rem}svg.wide{display:none}svg.narrow{display:block}"
                    // A table of many columns gets smaller text, so it fits the width of a phone.
                    + "table:has(th:nth-child(6)){font-size:.75rem}"
                    + "table:has(th:nth-child(6)) :is(th,td){padding:.15rem .2rem}}",
            "@page{size:A4;margin:15mm}",
            // Print: a heading stays with what follows it at every level, and nothing is left alone at the
            // foot or head of a page.
            "@media print{body{font-size:10.5pt}main{max-width:none;padding:0}"
                    + "h1,h2,h3,h4{break-after:avoid;page-break-after:avoid;break-inside:avoid}"
                    + "h2+p,h3+p{break-after:avoid;page-break-after:avoid}"
                    + "figure,tr,li,.ladders figure{break-inside:avoid;page-break-inside:avoid}"
                    + "footer{break-before:avoid;page-break-before:avoid}"
                    + "p,li,figcaption,td{orphans:3;widows:3}"
                    + "section{break-before:auto}.ladders{display:grid;grid-template-columns:1fr 1fr}"
                    + "table+p{break-before:avoid;page-break-before:avoid}"
                    + "svg.radar{max-width:" + Charts.RADAR_PRINT_CM + "cm!important}"
                    + "svg.rows{max-width:" + Charts.ROWS_PRINT_CM + "cm!important}"
                    + "svg.narrow{display:none}svg.wide{display:block}}");

    /** The closing line of every report, HTML and Markdown. */
    static final String FOOTER = "Made with the patient-leadership library, catalogue " + Catalogue.VERSION
            + ". Guide points refer to \"Bring it on – 40 ways to support Patient Leadership\".";

    private Reports() {
    }

    /**
     * Starts a Markdown report with its title and the line under it.
     *
     * @param title  the title, plain text
     * @param meta  the line under the title, plain text
     * @return the report so far
     */
    static StringBuilder mdStart(String title, String meta) {
        return new StringBuilder().append("# ").append(md(title)).append("\n\n").append(md(meta)).append("\n\n");
    }

    /**
     * Ends a Markdown report with a rule and the {@link #FOOTER}.
     *
     * @param out  the report so far
     * @return the whole report
     */
    static String mdEnd(StringBuilder out) {
        return out.append("\n---\n\n").append(FOOTER).append('\n').toString();
    }

    /**
     * Wraps content in a whole HTML page: polyglot HTML (it parses as HTML and as XML), UTF-8, no scripts
     * and nothing fetched.
     *
     * @param title  the page title, escaped
     * @param content  the page's content, made by this package
     * @return the page
     */
    static String page(String title, String content) {
        Xml x = new Xml(true);
        x.raw("<!DOCTYPE html>");
        x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en");
        x.open("head");
        x.empty("meta", "charset", "utf-8");
        x.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        x.element("title", title);
        x.open("style").raw(STYLE).close();
        x.close();
        x.open("body").open("main").raw(content);
        x.open("footer");
        x.element("p", FOOTER);
        x.close();
        x.close().close().close();
        return x.toString() + "\n";
    }

    /**
     * Formats a number with one decimal, in the root locale.
     *
     * @param value  the number
     * @return the text, such as {@code 56.3}
     */
    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * Escapes user text for Markdown: characters that could make markup anywhere in a line (emphasis, code,
     * links, HTML, entities, table cells) get a backslash, line breaks become spaces, and characters not allowed in XML become U+FFFD
     * (as in the HTML), so the text reads the same in any Markdown tool and never becomes markup. Bidirectional
     * controls the text does not close are removed, and text holding right-to-left letters or controls is
     * enclosed in FSI and PDI, so it cannot reorder the line around it.
     *
     * @param text  the text
     * @return the escaped text
     */
    static String md(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        String clean = Xml.clean(UserText.isolate(text));
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if ("\\`*_{}[]<>#|~&".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Writes a Markdown table.
     *
     * @param out  where to write
     * @param header  the header cells, already escaped
     * @param rows  the rows, already escaped
     */
    static void mdTable(StringBuilder out, List<String> header, List<List<String>> rows) {
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        out.append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        out.append('\n');
    }

    /**
     * Draws a value as a bar of block characters, for plain-text tools.
     *
     * @param fraction  from 0 to 1
     * @param width  the bar's width in characters
     * @return the bar, such as {@code ███░░}
     */
    static String textBar(double fraction, int width) {
        int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        return "█".repeat(full) + "░".repeat(width - full);
    }
}
