package main

import (
	"fmt"
	"html"
	"os"
	"strings"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/quotes"
)

func quoteCount(d *tribuna.Document) int { return len(d.Quotes) }

// speakerNames joins a quote's speakers' canonical names, or says that the
// text names none.
func speakerNames(q quotes.Quote) string {
	if len(q.Speakers) == 0 {
		return "(speaker not named)"
	}
	names := make([]string, len(q.Speakers))
	for i, s := range q.Speakers {
		names[i] = s.Name
	}
	return strings.Join(names, ", ")
}

// attribution is what the summary and the page say after a quote: its
// speakers, cue, addressee and source.
func attribution(q quotes.Quote) string {
	var sb strings.Builder
	sb.WriteString(speakerNames(q))
	var extra []string
	if q.Cue != "" {
		extra = append(extra, q.Cue)
	}
	if q.Addressee != "" {
		extra = append(extra, "a "+q.Addressee)
	}
	if q.Source != "" {
		extra = append(extra, "fonte: "+q.Source)
	}
	if len(extra) > 0 {
		sb.WriteString(" (" + strings.Join(extra, "; ") + ")")
	}
	return sb.String()
}

// ellipsize shortens s to about n bytes on a rune boundary.
func ellipsize(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func writeQuotes(sb *strings.Builder, d *tribuna.Document) {
	if len(d.Quotes) == 0 {
		return
	}
	sb.WriteString("\nQuotes\n")
	for i, q := range d.Quotes {
		open, closing := "«", "»"
		if q.Kind == quotes.Indirect {
			open, closing = "", "" // reported speech has no quotation marks
		}
		fmt.Fprintf(sb, "  %2d. %-8s %s%s%s\n", i+1, q.Kind, open, ellipsize(q.Text, 110), closing)
		fmt.Fprintf(sb, "      — %s\n", attribution(q))
	}
}

func quoteSpans(d *tribuna.Document) []span {
	out := make([]span, len(d.Quotes))
	for i, q := range d.Quotes {
		class := "q"
		if q.Kind == quotes.Indirect {
			class += " indirect"
		}
		out[i] = span{start: q.Start, end: q.End, class: class,
			title: fmt.Sprintf("%d. %s — %s", i+1, q.Kind, attribution(q)), note: i + 1}
	}
	return out
}

func writeHTMLQuoteNotes(sb *strings.Builder, d *tribuna.Document) {
	if len(d.Quotes) == 0 {
		return
	}
	sb.WriteString("<ol class=\"quotes\">\n")
	for _, q := range d.Quotes {
		fmt.Fprintf(sb, "<li><span class=\"speaker\">%s</span> · %s<br/>«%s»</li>\n",
			html.EscapeString(speakerNames(q)), html.EscapeString(strings.TrimPrefix(attribution(q), speakerNames(q))+" "+string(q.Kind)),
			html.EscapeString(ellipsize(q.Text, 160)))
	}
	sb.WriteString("</ol>\n")
}

func evalQuotes(fh *os.File, name string, verbose bool, e env) error {
	return fmt.Errorf("%s: quotes evaluation not wired yet", name)
}
