package main

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/tribuna-nlp/tribuna"
)

// htmlRenderer writes one self-contained page: no script, no network, all
// style inline. The markup is well-formed XML so that any parser reads it.
type htmlRenderer struct{}

const htmlHead = `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Tribuna</title>
<style>
body { font: 17px/1.6 Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #222; }
h2 { font: bold 1.1em sans-serif; border-bottom: 1px solid #ccc; }
.legend, .counts, ol.quotes { font: 0.85em/1.5 sans-serif; color: #444; }
mark { border-radius: 3px; padding: 0 1px; }
mark.PER { background: #ffe08a; } mark.LOC { background: #b9e4c9; } mark.ORG { background: #bcd7ff; }
mark.demonym { background: none; border-bottom: 2px dotted #4a9; }
.q { background: #f3e8ff; }
.q.indirect { background: none; border-bottom: 2px solid #b58ee6; }
sup.qn { font: bold 0.7em sans-serif; color: #7a3fc2; }
ol.quotes li { margin-bottom: 0.5em; }
.speaker { font-weight: bold; }
</style>
</head>
<body>
<p class="legend"><mark class="PER">persona</mark> <mark class="LOC">luogo</mark> <mark class="ORG">organizzazione</mark> <mark class="LOC demonym">aggettivo etnico</mark> <span class="q">citazione</span> <span class="q indirect">discorso indiretto</span></p>
`

func (htmlRenderer) begin(w io.Writer, _ bool)      { io.WriteString(w, htmlHead) }
func (htmlRenderer) separator(io.Writer, int, bool) {}
func (htmlRenderer) end(w io.Writer, _ bool)        { io.WriteString(w, "</body>\n</html>\n") }
func (htmlRenderer) document(d *tribuna.Document, id json.RawMessage, _ bool) ([]byte, error) {
	var sb strings.Builder
	sb.WriteString("<section>\n")
	if len(id) > 0 {
		var s string
		if json.Unmarshal(id, &s) != nil {
			s = string(id)
		}
		fmt.Fprintf(&sb, "<h2>%s</h2>\n", html.EscapeString(s))
	}
	demonyms := 0
	for _, m := range d.Entities {
		if m.Via == "demonym" {
			demonyms++
		}
	}
	fmt.Fprintf(&sb, "<p class=\"counts\">%d frasi, %d token, %d entità (+%d aggettivi etnici), %d citazioni</p>\n",
		len(d.Sentences), len(d.Tokens), len(d.Entities)-demonyms, demonyms, quoteCount(d))
	writeHTMLText(&sb, d)
	writeHTMLQuoteNotes(&sb, d)
	sb.WriteString("</section>\n")
	return []byte(sb.String()), nil
}

// span is a highlighted stretch of the text: a quote (outer layer) or an
// entity mention (inner layer).
type span struct {
	start, end int
	class      string
	title      string
	note       int // quote number shown after the quote's last segment; 0 for none
}

// writeHTMLText writes the text as paragraphs, cut into segments at every
// span boundary so that each segment opens and closes its own elements:
// spans that overlap in any way still give well-formed markup.
func writeHTMLText(sb *strings.Builder, d *tribuna.Document) {
	outer := quoteSpans(d)
	inner := make([]span, 0, len(d.Entities))
	for _, m := range d.Entities {
		title := m.Text
		if m.Entry != nil {
			title = m.Entry.Name
			if m.Entry.ID != "" && !strings.HasPrefix(m.Entry.ID, "x:") {
				title += " (" + m.Entry.ID + ")"
			}
		}
		title += " · " + string(m.Type) + " · " + m.Via
		class := string(m.Type)
		if m.Via == "demonym" {
			class += " demonym"
		}
		inner = append(inner, span{start: m.Start, end: m.End, class: class, title: title})
	}
	text := d.Text
	cuts := map[int]bool{0: true, len(text): true}
	for _, s := range outer {
		cuts[s.start], cuts[s.end] = true, true
	}
	for _, s := range inner {
		cuts[s.start], cuts[s.end] = true, true
	}
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '\n' {
			cuts[i], cuts[i+1] = true, true
		}
	}
	points := make([]int, 0, len(cuts))
	for p := range cuts {
		if p >= 0 && p <= len(text) {
			points = append(points, p)
		}
	}
	sort.Ints(points)
	sort.SliceStable(outer, func(i, j int) bool { return outer[i].start < outer[j].start })
	sort.SliceStable(inner, func(i, j int) bool { return inner[i].start < inner[j].start })
	outerAt, innerAt := cursor{list: outer}, cursor{list: inner}
	sb.WriteString("<p>")
	for k := 0; k+1 < len(points); k++ {
		a, b := points[k], points[k+1]
		seg := text[a:b]
		if strings.Trim(seg, "\n") == "" {
			if strings.Count(seg, "\n") >= 2 {
				sb.WriteString("</p>\n<p>")
			} else {
				sb.WriteString("<br/>\n")
			}
			continue
		}
		q, e := outerAt.covering(a, b), innerAt.covering(a, b)
		if q != nil {
			fmt.Fprintf(sb, `<span class="%s" title="%s">`, q.class, html.EscapeString(q.title))
		}
		if e != nil {
			fmt.Fprintf(sb, `<mark class="%s" title="%s">`, e.class, html.EscapeString(e.title))
		}
		sb.WriteString(html.EscapeString(seg))
		if e != nil {
			sb.WriteString("</mark>")
		}
		if q != nil {
			sb.WriteString("</span>")
			if q.end == b && q.note > 0 {
				fmt.Fprintf(sb, `<sup class="qn">%d</sup>`, q.note)
			}
		}
	}
	sb.WriteString("</p>\n")
}

// cursor finds the innermost span covering successive segments [a, b) in
// increasing order, in time linear in the number of spans for spans that do
// not nest deeply.
type cursor struct {
	list []span
	lo   int // spans before lo end at or before the current segment
}

func (c *cursor) covering(a, b int) *span {
	for c.lo < len(c.list) && c.list[c.lo].end <= a {
		c.lo++
	}
	var best *span
	for i := c.lo; i < len(c.list) && c.list[i].start <= a; i++ {
		if s := &c.list[i]; b <= s.end {
			best = s // later start: more deeply nested
		}
	}
	return best
}
