package main

import (
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/quotes"
)

// htmlRenderer writes one self-contained page: no script, no style sheet
// or font to fetch, so it works offline; the only links out are those to
// Wikidata. The markup is well-formed XML so that any parser reads it.
type htmlRenderer struct {
	title string // the file names, or "Tribuna"
}

const htmlStyle = `body { font: 17px/1.6 Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { font: bold 1.4em sans-serif; margin-bottom: 0.2em; }
h2 { font: bold 1.2em sans-serif; border-bottom: 1px solid #ccc; margin-top: 2em; }
h3 { font: bold 1em sans-serif; margin: 1.5em 0 0.5em; }
.legend, .counts, .who, ol.quotes { font: 0.85em/1.5 sans-serif; color: #444; }
.who dt { font-weight: bold; margin-top: 0.6em; }
.who dd { margin: 0 0 0 1em; }
.who .n { color: #777; }
.who .refs a, .back { color: #7a3fc2; text-decoration: none; }
a.wd { font-size: 0.85em; color: #36c; }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
mark.PER { background: #ffe08a; } mark.LOC { background: #b9e4c9; } mark.ORG { background: #bcd7ff; }
mark.demonym { background: none; border-bottom: 2px dotted #4a9; }
a.role { color: inherit; text-decoration: none; border-bottom: 2px solid #e0a020; background: #fff4d6; }
a.role.unresolved { border-bottom-style: dashed; background: none; }
.q { background: #f3e8ff; }
.q.indirect { background: none; border-bottom: 2px solid #b58ee6; }
sup.qn { font: bold 0.7em sans-serif; }
sup.qn a { color: #7a3fc2; text-decoration: none; }
ol.quotes li { margin-bottom: 0.6em; }
.kind { font-variant: small-caps; color: #7a3fc2; }
.speaker { font-weight: bold; color: inherit; text-decoration: none; }
a.speaker { border-bottom: 1px dotted #777; }
:target { outline: 2px solid #7a3fc2; }
`

const htmlLegend = `<p class="legend"><mark class="PER">persona</mark> <mark class="LOC">luogo</mark> <mark class="ORG">organizzazione</mark> <mark class="LOC demonym">aggettivo etnico</mark> <a class="role">persona nominata per ruolo</a> <span class="q">citazione</span> <span class="q indirect">discorso indiretto</span></p>
`

func (r htmlRenderer) begin(w io.Writer, _ bool) {
	fmt.Fprintf(w, `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>%[1]s</title>
<style>
%[2]s</style>
</head>
<body>
<h1>%[1]s</h1>
%[3]s`, esc(r.title), htmlStyle, htmlLegend)
}

func (htmlRenderer) separator(io.Writer, int, bool) {}
func (htmlRenderer) end(w io.Writer, _ bool)        { io.WriteString(w, "</body>\n</html>\n") }

// pageTitle names the page after its input files.
func pageTitle(files []string) string {
	switch {
	case len(files) == 1 && files[0] != "-":
		return files[0]
	case len(files) > 1:
		return strings.Join(files, ", ")
	}
	return "Tribuna"
}

// Italian labels.
var (
	typeLabel   = map[entities.Type]string{entities.PER: "persona", entities.LOC: "luogo", entities.ORG: "organizzazione"}
	typeHeading = map[entities.Type]string{entities.PER: "Persone", entities.ORG: "Organizzazioni", entities.LOC: "Luoghi"}
	viaLabel    = map[entities.Via]string{
		entities.ViaName: "nome", entities.ViaAlias: "altro nome", entities.ViaDemonym: "aggettivo etnico",
		entities.ViaRole: "ruolo", entities.ViaRule: "nome riconosciuto dal contesto", entities.ViaCoref: "rimando a un nome già citato",
		entities.ViaModel: "nome riconosciuto dal modello",
	}
	kindLabel = map[quotes.Kind]string{quotes.Direct: "diretta", quotes.Partial: "parziale", quotes.Indirect: "indiretta"}
)

// page is one document's page, with the ids that tie its parts together:
// P-mK for the K-th entity mention, P-rK for the K-th role mention, P-eK for
// the K-th entry of the summary, P-qK for the K-th quote in the list and
// P-qK-t for the same quote in the text, P being the document's number.
type page struct {
	d       *tribuna.Document
	p       string
	entries []*entry
	byEntry map[*entities.Entry]*entry
	sb      strings.Builder
}

// entry is a person, place or organization of the summary with its mentions.
type entry struct {
	n        int // index in page.entries: its id
	e        *entities.Entry
	names    []int // indices into d.Entities, mentions by name
	roles    []int // indices into d.Roles
	demonyms []int // indices into d.Entities
	first    int   // byte offset of the first mention
}

func (e *entry) total() int { return len(e.names) + len(e.roles) }

func (htmlRenderer) document(d *tribuna.Document, m docMeta, many bool) ([]byte, error) {
	pg := &page{d: d, p: fmt.Sprintf("d%d", m.n+1), byEntry: map[*entities.Entry]*entry{}}
	pg.collect()
	sb := &pg.sb
	fmt.Fprintf(sb, "<section id=\"%s\">\n", pg.p)
	if title := m.title(); many && title != "" {
		fmt.Fprintf(sb, "<h2>%s</h2>\n", esc(title))
	}
	pg.counts()
	pg.summary()
	pg.text()
	pg.quotes()
	sb.WriteString("</section>\n")
	return []byte(sb.String()), nil
}

// collect groups the mentions by entry.
func (pg *page) collect() {
	get := func(e *entities.Entry, at int) *entry {
		x := pg.byEntry[e]
		if x == nil {
			x = &entry{e: e, first: at}
			pg.byEntry[e] = x
			pg.entries = append(pg.entries, x)
		}
		x.first = min(x.first, at)
		return x
	}
	for i, m := range pg.d.Entities {
		x := get(m.Entry, m.Start)
		if m.Via == entities.ViaDemonym {
			x.demonyms = append(x.demonyms, i)
		} else {
			x.names = append(x.names, i)
		}
	}
	for i, m := range pg.d.Roles {
		if resolved(m) {
			get(m.Entry, m.Start).roles = append(get(m.Entry, m.Start).roles, i)
		}
	}
	sort.SliceStable(pg.entries, func(i, j int) bool {
		a, b := pg.entries[i], pg.entries[j]
		if a.total() != b.total() {
			return a.total() > b.total()
		}
		return a.first < b.first
	})
	for i, x := range pg.entries {
		x.n = i
	}
}

// resolved: a role mention whose holder is known.
func resolved(m entities.Mention) bool { return m.Entry != nil && m.Entry.ID != "" }

// plural writes n with the singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (pg *page) counts() {
	d := pg.d
	names, demonyms, roles := 0, 0, 0
	for _, x := range pg.entries {
		names, demonyms, roles = names+len(x.names), demonyms+len(x.demonyms), roles+len(x.roles)
	}
	parts := []string{
		plural(len(d.Sentences), "frase", "frasi"),
		plural(len(d.Tokens), "token", "token"),
		plural(names, "menzione di entità", "menzioni di entità"),
	}
	if roles > 0 {
		parts = append(parts, plural(roles, "persona nominata per ruolo", "persone nominate per ruolo"))
	}
	if demonyms > 0 {
		parts = append(parts, plural(demonyms, "aggettivo etnico", "aggettivi etnici"))
	}
	parts = append(parts, plural(len(d.Quotes), "citazione", "citazioni"))
	fmt.Fprintf(&pg.sb, "<p class=\"counts\">%s</p>\n", strings.Join(parts, " · "))
}

// summary lists who and what the document mentions, by type, most
// mentioned first, each with links to its mentions.
func (pg *page) summary() {
	if len(pg.entries) == 0 {
		return
	}
	sb := &pg.sb
	sb.WriteString("<h3>Chi e che cosa</h3>\n<dl class=\"who\">\n")
	for _, t := range []entities.Type{entities.PER, entities.ORG, entities.LOC} {
		var list []*entry
		for _, x := range pg.entries {
			if x.e.Type == t && x.total() > 0 {
				list = append(list, x)
			}
		}
		if len(list) == 0 {
			continue
		}
		fmt.Fprintf(sb, "<dt>%s</dt>\n", typeHeading[t])
		for _, x := range list {
			pg.summaryEntry(x)
		}
	}
	var dem []*entry
	for _, x := range pg.entries {
		if len(x.demonyms) > 0 {
			dem = append(dem, x)
		}
	}
	if len(dem) > 0 {
		sb.WriteString("<dt>Aggettivi etnici</dt>\n")
		for _, x := range dem {
			var words []string
			seen := map[string]bool{}
			for _, i := range x.demonyms {
				w := strings.ToLower(pg.d.Entities[i].Text)
				if !seen[w] {
					seen[w] = true
					words = append(words, w)
				}
			}
			fmt.Fprintf(sb, "<dd>%s → %s <span class=\"n\">×%d</span> <span class=\"refs\">— ", esc(strings.Join(words, ", ")),
				esc(x.e.Name), len(x.demonyms))
			for k, i := range x.demonyms {
				fmt.Fprintf(sb, `%s<a href="#%s-m%d">%d</a>`, sepSpace(k), pg.p, i, k+1)
			}
			sb.WriteString("</span></dd>\n")
		}
	}
	sb.WriteString("</dl>\n")
}

func sepSpace(k int) string {
	if k == 0 {
		return ""
	}
	return " "
}

// summaryEntry writes one entry: its name linked to its first mention, its
// number of mentions, its Wikidata id, links to each mention by name and to
// each role mention, shown with its words.
func (pg *page) summaryEntry(x *entry) {
	sb := &pg.sb
	var firstID string
	if len(x.names) > 0 && (len(x.roles) == 0 || pg.d.Entities[x.names[0]].Start < pg.d.Roles[x.roles[0]].Start) {
		firstID = fmt.Sprintf("%s-m%d", pg.p, x.names[0])
	} else {
		firstID = fmt.Sprintf("%s-r%d", pg.p, x.roles[0])
	}
	fmt.Fprintf(sb, `<dd id="%s-e%d"><a href="#%s">%s</a> <span class="n">×%d</span>`, pg.p, x.n, firstID, esc(x.e.Name), x.total())
	if link := wikidataLink(x.e.ID); link != "" {
		sb.WriteString(" " + link)
	}
	if len(x.names) <= 1 && len(x.roles) == 0 {
		sb.WriteString("</dd>\n") // the name links to its only mention
		return
	}
	sb.WriteString(` <span class="refs">— `)
	for k, i := range x.names {
		fmt.Fprintf(sb, `%s<a href="#%s-m%d" title="%s">%d</a>`, sepSpace(k), pg.p, i, esc(pg.d.Entities[i].Text), k+1)
	}
	if len(x.roles) > 0 {
		if len(x.names) > 0 {
			sb.WriteString(" · ")
		}
		sb.WriteString("per ruolo: ")
		for k, i := range x.roles {
			if k > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(sb, `<a href="#%s-r%d">%s</a>`, pg.p, i, esc(pg.d.Roles[i].Text))
		}
	}
	sb.WriteString("</span></dd>\n")
}

// wikidataLink links a Wikidata id (Q7747) to its page; "" for local ids.
func wikidataLink(id string) string {
	if len(id) < 2 || id[0] != 'Q' || strings.Trim(id[1:], "0123456789") != "" {
		return ""
	}
	return fmt.Sprintf(`<a class="wd" href="https://www.wikidata.org/wiki/%s" title="Wikidata">%s</a>`, id, id)
}

// span is a highlighted stretch of the text, with the element that wraps
// each of its segments.
type span struct {
	start, end int
	open       string // the opening tag, id left out
	id         string // given to its first segment only
	close      string
	note       string // written after its last segment (a quote's number)
}

// text writes the text as paragraphs, cut into segments at every span
// boundary so that each segment opens and closes its own elements: spans
// that overlap in any way still give well-formed markup. Quotes are the
// outer layer, role mentions the middle one, entity mentions the inner one.
func (pg *page) text() {
	d, p := pg.d, pg.p
	var outer, middle, inner []span
	for i, q := range d.Quotes {
		class := "q"
		if q.Kind == quotes.Indirect {
			class += " indirect"
		}
		outer = append(outer, span{start: q.Start, end: q.End,
			open:  fmt.Sprintf(`<span class="%s" title="%s"`, class, esc(fmt.Sprintf("%d. %s — %s", i+1, kindLabel[q.Kind], speakerNames(q)))),
			id:    fmt.Sprintf("%s-q%d-t", p, i+1),
			close: "</span>",
			note:  fmt.Sprintf(`<sup class="qn"><a href="#%s-q%d">%d</a></sup>`, p, i+1, i+1),
		})
	}
	for i, m := range d.Roles {
		s := span{start: m.Start, end: m.End, id: fmt.Sprintf("%s-r%d", p, i), close: "</a>"}
		if x := pg.byEntry[m.Entry]; x != nil && resolved(m) {
			s.open = fmt.Sprintf(`<a class="role" href="#%s-e%d" title="%s"`, p, x.n, esc("ruolo: "+m.Entry.Name))
		} else {
			s.open = fmt.Sprintf(`<a class="role unresolved" title="%s"`, esc("ruolo: chi lo ricopriva non è noto"))
		}
		middle = append(middle, s)
	}
	for i, m := range d.Entities {
		class := string(m.Type)
		if m.Via == entities.ViaDemonym {
			class += " demonym"
		}
		title := m.Entry.Name
		if m.Entry.ID != "" && !strings.HasPrefix(m.Entry.ID, "x:") {
			title += " (" + m.Entry.ID + ")"
		}
		title += " · " + typeLabel[m.Type] + " · " + viaLabel[m.Via]
		inner = append(inner, span{start: m.Start, end: m.End, id: fmt.Sprintf("%s-m%d", p, i),
			open: fmt.Sprintf(`<mark class="%s" title="%s"`, class, esc(title)), close: "</mark>"})
	}
	writeLayers(&pg.sb, d.Text, outer, middle, inner)
}

// writeLayers writes text with the spans of layers, outer to inner. The
// text is cut into segments at every span boundary and line break; an
// element stays open over the segments its span covers, and is closed and
// reopened only where spans cross or a paragraph ends, so that the markup
// is always well formed.
func writeLayers(sb *strings.Builder, text string, layers ...[]span) {
	points := cutPoints(text, layers)
	cursors := make([]cursor, len(layers))
	for i, l := range layers {
		sort.SliceStable(l, func(a, b int) bool { return l[a].start < l[b].start })
		cursors[i] = cursor{list: l}
	}
	lw := layerWriter{sb: sb, named: map[*span]bool{}}
	sb.WriteString("<p>")
	for k := 0; k+1 < len(points); k++ {
		a, b := points[k], points[k+1]
		seg := text[a:b]
		if strings.Trim(seg, "\n") == "" {
			lw.lineBreaks(seg, a)
			continue
		}
		var cover []*span // the innermost span of each layer over the segment, outer to inner
		for i := range cursors {
			if s := cursors[i].covering(a, b); s != nil {
				cover = append(cover, s)
			}
		}
		lw.reopen(cover, a)
		sb.WriteString(esc(seg))
	}
	lw.closeFrom(0, len(text))
	sb.WriteString("</p>\n")
}

// cutPoints returns, in increasing order, the offsets where text is cut
// into segments: its ends, every span boundary inside it, and the ends of
// every run of line breaks (a run is one segment).
func cutPoints(text string, layers [][]span) []int {
	cuts := map[int]bool{0: true, len(text): true}
	for _, l := range layers {
		for _, s := range l {
			cuts[s.start], cuts[s.end] = true, true
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' && (i == 0 || text[i-1] != '\n') {
			cuts[i] = true
		}
		if text[i] == '\n' && (i+1 == len(text) || text[i+1] != '\n') {
			cuts[i+1] = true
		}
	}
	points := make([]int, 0, len(cuts))
	for p := range cuts {
		if p >= 0 && p <= len(text) {
			points = append(points, p)
		}
	}
	sort.Ints(points)
	return points
}

// layerWriter keeps the elements open while writeLayers writes segments.
type layerWriter struct {
	sb    *strings.Builder
	open  []*span        // the elements open now, outer to inner
	named map[*span]bool // spans whose id was written
}

// closeFrom closes open[k:], innermost first, writing the note of each span
// that ends at at.
func (lw *layerWriter) closeFrom(k, at int) {
	for i := len(lw.open) - 1; i >= k; i-- {
		lw.sb.WriteString(lw.open[i].close)
		if lw.open[i].end == at {
			lw.sb.WriteString(lw.open[i].note)
		}
	}
	lw.open = lw.open[:k]
}

// lineBreaks writes a segment of line breaks at a: two or more end the
// paragraph (closing every element), one is a <br/>.
func (lw *layerWriter) lineBreaks(seg string, a int) {
	if len(seg) >= 2 {
		lw.closeFrom(0, a)
		lw.sb.WriteString("</p>\n<p>")
	} else {
		lw.sb.WriteString("<br/>\n")
	}
}

// reopen makes the open elements those of cover, for the segment at a:
// the elements open already and shared with cover stay open, the others
// are closed and cover's rest opened, each span's id on its first element.
func (lw *layerWriter) reopen(cover []*span, a int) {
	same := 0
	for same < len(lw.open) && same < len(cover) && lw.open[same] == cover[same] {
		same++
	}
	lw.closeFrom(same, a)
	for _, s := range cover[same:] {
		lw.sb.WriteString(s.open)
		if !lw.named[s] && s.id != "" {
			lw.named[s] = true
			fmt.Fprintf(lw.sb, ` id="%s"`, s.id)
		}
		lw.sb.WriteByte('>')
		lw.open = append(lw.open, s)
	}
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

// quotes lists the quotes in full: number (back to the text), kind, words
// (« » only around words quoted as said), speakers linked to the summary,
// speech verb, addressee and source.
func (pg *page) quotes() {
	d, p := pg.d, pg.p
	if len(d.Quotes) == 0 {
		return
	}
	sb := &pg.sb
	sb.WriteString("<h3>Citazioni</h3>\n<ol class=\"quotes\">\n")
	for i, q := range d.Quotes {
		fmt.Fprintf(sb, `<li id="%s-q%d"><a class="back" href="#%s-q%d-t" title="torna al testo">↑</a> <span class="kind">%s</span> `,
			p, i+1, p, i+1, kindLabel[q.Kind])
		words := esc(strings.Join(strings.Fields(q.Text), " "))
		if q.Kind == quotes.Indirect {
			fmt.Fprintf(sb, "<i>%s</i>", words) // reported, not verbatim: no quotation marks
		} else {
			fmt.Fprintf(sb, "«%s»", words)
		}
		sb.WriteString(" — ")
		if len(q.Speakers) == 0 {
			sb.WriteString("chi parla non è detto")
		}
		for k, s := range q.Speakers {
			if k > 0 {
				sb.WriteString(", ")
			}
			if x := pg.speakerEntry(s); x != nil {
				fmt.Fprintf(sb, `<a class="speaker" href="#%s-e%d">%s</a>`, p, x.n, esc(s.Name))
			} else {
				fmt.Fprintf(sb, `<span class="speaker">%s</span>`, esc(s.Name))
			}
		}
		var extra []string
		if q.Cue != "" {
			extra = append(extra, esc(q.Cue))
		}
		if q.Addressee != "" {
			extra = append(extra, "a "+esc(q.Addressee))
		}
		if q.Source != "" {
			extra = append(extra, "fonte: "+esc(q.Source))
		}
		if len(extra) > 0 {
			sb.WriteString(", " + strings.Join(extra, ", "))
		}
		sb.WriteString("</li>\n")
	}
	sb.WriteString("</ol>\n")
}

// speakerEntry finds the summary entry of a speaker, by id or else by name.
func (pg *page) speakerEntry(s quotes.Speaker) *entry {
	for _, x := range pg.entries {
		if s.ID != "" && x.e.ID == s.ID || s.ID == "" && x.e.Name == s.Name {
			return x
		}
	}
	return nil
}

// esc escapes s for the page's text and attributes. The characters XML
// forbids (the C0 controls but tab, line feed and carriage return; U+FFFE,
// U+FFFF) become U+FFFD, as a browser reads them, so that the page stays
// well-formed whatever bytes the text holds (a NUL of a damaged file).
func esc(s string) string {
	if strings.IndexFunc(s, notXMLChar) >= 0 {
		s = strings.Map(func(r rune) rune {
			if notXMLChar(r) {
				return '\uFFFD'
			}
			return r
		}, s)
	}
	return html.EscapeString(s)
}

func notXMLChar(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
}
