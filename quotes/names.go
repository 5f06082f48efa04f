package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/entities"
)

// name is a proper name in the document: an entity mention or, where the
// gazetteer has none, a run of capitalized words.
type name struct {
	span
	start, end int
	entry      *entities.Entry
	typ        entities.Type
	person     bool // a person as far as can be told
}

var nameConnectors = set("di", "de", "del", "della", "dei", "degli", "delle", "d'", "da", "van", "von", "der", "bin", "al", "el", "la", "le", "dell'")

// findNames collects the proper names in one pass: entity mentions where the
// gazetteer found them, runs of capitalized words elsewhere.
func (d *analysis) findNames() {
	toks := d.toks
	mi := 0
	d.work.add(len(toks) + len(d.ments)) // the passes over both
	for i := 0; i < len(toks); i++ {
		for mi < len(d.ments) && (d.ments[mi].Start < toks[i].Start || d.ments[mi].Via == entities.ViaDemonym || d.ments[mi].End <= d.ments[mi].Start) {
			mi++
		}
		if mi < len(d.ments) && d.ments[mi].Start == toks[i].Start {
			m := d.ments[mi]
			a, b := i, i
			for b < len(toks) && toks[b].Start < m.End {
				d.work.add(1)
				b++
			}
			// A mention wider than its entry's name (Economia Giancarlo Giorgetti
			// for Giancarlo Giorgetti): keep the tokens that spell the name.
			if m.Entry != nil && b-a > 1 {
				if k := strings.Count(strings.TrimSpace(m.Entry.Name), " ") + 1; k < b-a && strings.HasSuffix(m.Text, " "+m.Entry.Name) {
					a = b - k
				}
			}
			nm := name{span: span{a, b}, start: toks[a].Start, end: toks[b-1].End, entry: m.Entry, typ: m.Type}
			nm.person = m.Type == entities.PER
			d.addName(nm)
			mi++
			i = b - 1
			continue
		}
		if !d.capWord(i) {
			continue
		}
		mentionStart := len(d.text)
		if mi < len(d.ments) {
			mentionStart = d.ments[mi].Start
		}
		j := i + 1
		for j < len(toks) && toks[j].Start < mentionStart && d.role[j] == d.role[i] {
			d.work.add(1)
			if d.capWord(j) && d.gapIsSpace(j) {
				j++
				continue
			}
			// Connectors inside names: Dipartimento del Tesoro, Giornale d'Italia.
			if d.in(j, cNameConnector) && j+1 < len(toks) && toks[j+1].Start < mentionStart && d.capWord(j+1) && d.gapIsSpace(j+1) && !startsUpper(d.toks[j].Text) {
				j += 2
				continue
			}
			break
		}
		nm := name{span: span{i, j}, start: toks[i].Start, end: toks[j-1].End}
		nm.person = j-i >= 2 && !isAllCaps(toks[i].Text)
		// A long run after a preposition often ends with a person's name:
		// il ministro delle Riforme Costituzionali Maria Elena Boschi.
		if j-i >= 3 && i > 0 && d.in(i-1, cPreposition) && !d.in(j-2, cNameConnector) && !d.in(j-3, cNameConnector) {
			head := name{span: span{i, j - 2}, start: toks[i].Start, end: toks[j-3].End}
			d.addName(head)
			nm = name{span: span{j - 2, j}, start: toks[j-2].Start, end: toks[j-1].End, person: true}
		}
		d.addName(nm)
		i = j - 1
	}
}

func (d *analysis) addName(nm name) {
	for t := nm.a; t < nm.b; t++ {
		d.work.add(1)
		d.nameAt[t] = int32(len(d.names))
	}
	d.names = append(d.names, nm)
}

// capWord: a capitalized word that can be part of a name.
func (d *analysis) capWord(i int) bool {
	if !d.isWord(i) || d.bits[i]&wUpper == 0 {
		return false
	}
	b := d.bits[i]
	if b&wCapFunction != 0 && !isAllCaps(d.toks[i].Text) || b&wRoleNoun != 0 {
		return false
	}
	if d.verb[i] >= 0 && d.isSentStart(i) {
		return false
	}
	return true
}

// nameText is the text of a name.
func (d *analysis) nameText(nm name) string { return d.text[nm.start:nm.end] }

// namesBefore is the index of the last name starting before token pos, or -1.
func (d *analysis) namesBefore(pos int) int {
	return sort.Search(len(d.names), func(k int) bool { return d.names[k].a >= pos }) - 1
}

// nameParts indexes the multi-word names by their first and by their last
// token, built once per document.
func (d *analysis) nameParts() (first, last map[string][]int) {
	m := &d.memo
	if m.first != nil {
		return m.first, m.last
	}
	m.first, m.last = map[string][]int{}, map[string][]int{}
	for i, nm := range d.names {
		d.work.add(1)
		if nm.b-nm.a < 2 {
			continue
		}
		f, l := d.toks[nm.a].Text, d.toks[nm.b-1].Text
		m.first[f] = append(m.first[f], i)
		m.last[l] = append(m.last[l], i)
	}
	return m.first, m.last
}

// acronyms indexes the multi-word names by their initials (Banca Centrale
// Europea under BCE), built when an acronym is first looked up.
func (d *analysis) acronyms() map[string][]int {
	m := &d.memo
	if m.acro != nil {
		return m.acro
	}
	m.acro = map[string][]int{}
	var buf []byte
	for i, nm := range d.names {
		d.work.add(1)
		if nm.b-nm.a < 2 || isAllCaps(d.toks[nm.a].Text) {
			continue
		}
		buf = buf[:0]
		for t := nm.a; t < nm.b; t++ {
			d.work.add(1)
			if startsUpper(d.toks[t].Text) {
				r, _ := utf8.DecodeRuneInString(d.toks[t].Text)
				buf = utf8.AppendRune(buf, r)
			}
		}
		m.acro[string(buf)] = append(m.acro[string(buf)], i)
	}
	return m.acro
}

// sameTokens: the n tokens from a and from b have the same text.
func (d *analysis) sameTokens(a, b, n int) bool {
	for k := 0; k < n; k++ {
		d.work.add(1)
		if d.toks[a+k].Text != d.toks[b+k].Text {
			return false
		}
	}
	return true
}
