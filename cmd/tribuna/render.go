package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/entities"
)

// renderer turns documents into one output format. document runs on the
// workers; begin, separator and end run on the single writer.
type renderer interface {
	document(d *tribuna.Document, m docMeta, many bool) ([]byte, error)
	begin(w io.Writer, many bool)
	separator(w io.Writer, written int, many bool)
	end(w io.Writer, many bool)
}

// docMeta is what the command knows of a document besides its analysis.
type docMeta struct {
	id  json.RawMessage // the JSON Lines id, or the file name when there are several files
	n   int             // 0-based number in input order
	src string          // its file ("-" is standard input)
}

// title names the document: its id (a string id without its quotes), or its
// file.
func (m docMeta) title() string {
	if len(m.id) > 0 {
		var s string
		if json.Unmarshal(m.id, &s) == nil {
			return s
		}
		return string(m.id)
	}
	if m.src == "" {
		return ""
	}
	return displayName(m.src)
}

// renderConfig is what the renderers are made with.
type renderConfig struct {
	json  tribuna.JSONFormat // fields and offsets
	title string             // the page's title
}

// renderers make the renderer of each -format.
var renderers = map[string]func(c renderConfig) renderer{
	"text":  func(renderConfig) renderer { return textRenderer{} },
	"json":  func(c renderConfig) renderer { return jsonRenderer{c.json} },
	"jsonl": func(c renderConfig) renderer { return jsonlRenderer{c.json} },
	"html":  func(c renderConfig) renderer { return htmlRenderer{title: c.title} },
}

// outBuffers recycles the rendered documents' buffers: the writer returns
// each one once written, so a long batch does not make a new one per document.
var outBuffers = sync.Pool{New: func() any { return new([]byte) }}

// getBuffer returns an empty buffer with room for about n bytes.
func getBuffer(n int) []byte {
	b := *outBuffers.Get().(*[]byte)
	if cap(b) < n {
		return make([]byte, 0, n)
	}
	return b[:0]
}

// putBuffer gives a written buffer back; very large ones are dropped.
func putBuffer(b []byte) {
	if cap(b) > 0 && cap(b) <= 16<<20 {
		outBuffers.Put(&b)
	}
}

// withID encodes d in format f with id as its first field, keeping the id's
// JSON as given.
func withID(f tribuna.JSONFormat, d *tribuna.Document, id json.RawMessage) []byte {
	out := getBuffer(128*len(d.Tokens) + 2*len(d.Text) + len(id) + 64)
	if len(id) == 0 {
		return f.Append(out, d)
	}
	out = append(out, `{"id":`...)
	out = append(out, id...)
	n := len(out)
	d.ID = ""
	b := f.Append(out, d)
	if b[n+1] == '}' {
		return append(b[:n], '}') // nothing else to write
	}
	b[n] = ',' // Append opened its own object right after the id: join the two
	return b
}

// jsonlRenderer writes one document per line.
type jsonlRenderer struct{ f tribuna.JSONFormat }

func (r jsonlRenderer) document(d *tribuna.Document, m docMeta, _ bool) ([]byte, error) {
	return append(withID(r.f, d, m.id), '\n'), nil
}
func (jsonlRenderer) begin(io.Writer, bool)          {}
func (jsonlRenderer) separator(io.Writer, int, bool) {}
func (jsonlRenderer) end(io.Writer, bool)            {}

// jsonRenderer writes one indented object, or an array of them when more
// than one document may come out.
type jsonRenderer struct{ f tribuna.JSONFormat }

func (r jsonRenderer) document(d *tribuna.Document, m docMeta, many bool) ([]byte, error) {
	b := withID(r.f, d, m.id)
	defer putBuffer(b)
	var buf bytes.Buffer
	prefix := ""
	if many {
		prefix = "  "
		buf.WriteString(prefix)
	}
	if err := json.Indent(&buf, b, prefix, "  "); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (jsonRenderer) begin(w io.Writer, many bool) {
	if many {
		io.WriteString(w, "[\n")
	}
}

func (jsonRenderer) separator(w io.Writer, written int, many bool) {
	if many && written > 0 {
		io.WriteString(w, ",\n")
	}
}

func (jsonRenderer) end(w io.Writer, many bool) {
	if many {
		io.WriteString(w, "\n]")
	}
	io.WriteString(w, "\n")
}

// textRenderer writes a readable summary of each document.
type textRenderer struct{}

func (textRenderer) document(d *tribuna.Document, m docMeta, many bool) ([]byte, error) {
	var sb strings.Builder
	title := "Document"
	if len(m.id) > 0 {
		var s string
		if json.Unmarshal(m.id, &s) == nil {
			title = s
		} else {
			title = "Document " + string(m.id)
		}
	}
	writeSummary(&sb, title, d)
	return []byte(sb.String()), nil
}
func (textRenderer) begin(io.Writer, bool) {}
func (textRenderer) separator(w io.Writer, written int, _ bool) {
	if written > 0 {
		io.WriteString(w, "\n")
	}
}
func (textRenderer) end(io.Writer, bool) {}

// writeSummary writes counts, entities grouped by type with their canonical
// names, demonyms, and each quote with its speakers and cue.
func writeSummary(sb *strings.Builder, title string, d *tribuna.Document) {
	demonyms := 0
	for _, m := range d.Entities {
		if m.Via == entities.ViaDemonym {
			demonyms++
		}
	}
	fmt.Fprintf(sb, "%s: %s, %s, %s (+%s), %s, %s\n", title,
		count(len(d.Sentences), "sentence"), count(len(d.Tokens), "token"),
		count(len(d.Entities)-demonyms, "entity mention"), count(demonyms, "demonym"),
		count(len(d.Roles), "role mention"), count(quoteCount(d), "quote"))

	byType, dem := groupEntities(d.Entities)
	if len(byType) > 0 || len(dem) > 0 || len(d.Roles) > 0 {
		sb.WriteString("\nEntities\n")
	}
	for _, t := range []entities.Type{entities.PER, entities.ORG, entities.LOC} {
		if gs := byType[t]; len(gs) > 0 {
			fmt.Fprintf(sb, "  %-4s %s\n", t, wrap(strings.Join(rankedNames(gs), ", "), 90, "       "))
		}
	}
	if len(dem) > 0 {
		fmt.Fprintf(sb, "  %-4s %s\n", "dem.", wrap(strings.Join(dem, ", "), 90, "       "))
	}
	if roles := rolePhrases(d.Roles); len(roles) > 0 {
		fmt.Fprintf(sb, "  %-4s %s\n", "role", wrap(strings.Join(roles, ", "), 90, "       "))
	}
	writeQuotes(sb, d)
}

// entityGroup is the mentions of one entity: its canonical name and id,
// how many, and the index of the first.
type entityGroup struct {
	name  string
	id    string
	count int
	first int
}

// groupEntities groups the mentions by type and canonical name (the text
// when the mention has no entry), and lists the demonyms once each, in the
// order of the text, as "text → name".
func groupEntities(ms []entities.Mention) (byType map[entities.Type]map[string]*entityGroup, dem []string) {
	byType = map[entities.Type]map[string]*entityGroup{}
	seenDem := map[string]bool{}
	for i, m := range ms {
		name, id := m.Text, ""
		if m.Entry != nil {
			name, id = m.Entry.Name, m.Entry.ID
		}
		if m.Via == entities.ViaDemonym {
			k := strings.ToLower(m.Text) + " → " + name
			if !seenDem[k] {
				seenDem[k] = true
				dem = append(dem, k)
			}
			continue
		}
		g := byType[m.Type]
		if g == nil {
			g = map[string]*entityGroup{}
			byType[m.Type] = g
		}
		if g[name] == nil {
			g[name] = &entityGroup{name: name, id: id, first: i}
		}
		g[name].count++
	}
	return byType, dem
}

// rankedNames lists the groups' names, the most mentioned first (ties in
// the order of the text), each with its count when above one.
func rankedNames(gs map[string]*entityGroup) []string {
	list := make([]*entityGroup, 0, len(gs))
	for _, g := range gs {
		list = append(list, g)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].first < list[j].first
	})
	parts := make([]string, len(list))
	for i, g := range list {
		parts[i] = g.name
		if g.count > 1 {
			parts[i] += fmt.Sprintf(" ×%d", g.count)
		}
	}
	return parts
}

// rolePhrases lists the role mentions once each, in the order of the text,
// as "phrase → holder" ("?" when the holder is not known).
func rolePhrases(ms []entities.Mention) []string {
	var roles []string
	seenRole := map[string]bool{}
	for _, m := range ms {
		who := m.Entry.Name
		if m.Entry.ID == "" {
			who = "?"
		}
		// Il presidente and il presidente are one; the names keep their
		// capitals (la segretaria del Partito democratico).
		k := strings.ToLower(m.Text) + " → " + who
		if !seenRole[k] {
			seenRole[k] = true
			roles = append(roles, lowerArticle(m.Text)+" → "+who)
		}
	}
	return roles
}

// wrap breaks s at spaces into lines of at most width bytes, indenting the
// lines after the first.
func wrap(s string, width int, indent string) string {
	var sb strings.Builder
	n := 0
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			if n+1+len(w) > width {
				sb.WriteString("\n" + indent)
				n = 0
			} else {
				sb.WriteByte(' ')
				n++
			}
		}
		sb.WriteString(w)
		n += len(w)
	}
	return sb.String()
}

// runSample prints the summary of the embedded sample article.
func runSample(e env) int {
	var sb strings.Builder
	writeSummary(&sb, "Sample article", tribuna.Analyze(sampleArticle()))
	io.WriteString(e.stdout, sb.String())
	return 0
}

// count writes n and the noun, in the plural unless n is 1.
func count(n int, noun string) string {
	if n != 1 {
		noun += "s"
	}
	return fmt.Sprintf("%d %s", n, noun)
}

// lowerArticle lower-cases the article that opens a role phrase at the
// start of a sentence (La premier), leaving the capitals of names.
func lowerArticle(s string) string {
	for _, a := range []string{"Il ", "Lo ", "La ", "L'", "L’", "I ", "Gli ", "Le ", "Un ", "Uno ", "Una ", "Un'", "Un’"} {
		if strings.HasPrefix(s, a) {
			return strings.ToLower(a) + s[len(a):]
		}
	}
	return s
}
