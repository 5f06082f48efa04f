package quotes

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// Token roles in a document.
const (
	narrator int8 = iota // the narrator's words
	inQuote              // inside a pair of quotation marks
	markTok              // a quotation mark
)

// doc holds one document's analysis. It lives for one ExtractDoc call.
type doc struct {
	text               string
	toks               []tokenize.Token
	low                []string // lower-case token text, apostrophes as '
	role               []int8
	quote              []int32 // candidate index for inQuote and markTok tokens, -1 for narrator tokens
	sent               []int32 // narrator sentence id of every token
	para               []int32 // paragraph id of every token
	sents              []span  // token range of each sentence id
	cands              []cand
	names              []name
	nameAt             []int32 // name index whose range holds the token, -1
	ments              []entities.Mention
	roles              []entities.Mention   // role phrases the gazetteer resolved to a person mentioned in the document, by Start
	roleKeep           []tokenize.Token     // the tokens findRoles hands to the gazetteer
	roleMents          []entities.Mention   // … and the mentions
	roleSeats          []int                // tokens where a seat of an office is named
	gaz                *entities.Gazetteer  // resolves roles; nil: none
	rolesSet           bool                 // roles computed
	bits               []uint8              // word classes of every token (wRoleHead …)
	cls                []uint32             // closed classes of every token (cArticle …)
	buf                []byte               // scratch for folding a token
	first              map[string][]int     // multi-word names by first token, for canonical names
	last               map[string][]int     // … and by last token
	acro               map[string][]int     // … and by initials
	lowers             map[string]string    // lower-case forms of capitalized words, reused within the document
	canon              map[canonKey]Speaker // the resolver\'s maps, reused
	longest            map[string]longestForm
	pairs              []pair  // the pairs of quotation marks
	verb               []int32 // index in forms of the token's speech verb form, -1
	forms              []verbForm
	vps                []vpMemo // speechVerbAt of each form in forms
	items, ind, merged []item   // quotes found, indirect quotes, both in order (reused)
	speech             []bool   // candidates that came out as quotes
	ints               []int32  // backing array of quote, sent, para, nameAt and verb
	work               int      // loop steps, for the tests of linear time
}

// in reports whether token i belongs to the closed class c.
func (d *doc) in(i int, c uint32) bool { return d.cls[i]&c != 0 }

// grow returns s with length n, reusing its array when it is large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// release clears the doc of everything that refers to the document and
// returns it to the pool. Huge documents are not kept.
func (d *doc) release() {
	if cap(d.ints) > 1<<22 {
		return
	}
	clear(d.low)
	clear(d.names)
	clear(d.lowers)
	clear(d.canon)
	clear(d.longest)
	clear(d.roleKeep)
	clear(d.roleMents)
	clear(d.items)
	clear(d.ind)
	clear(d.merged)
	*d = doc{lowers: d.lowers, canon: d.canon, longest: d.longest, pairs: d.pairs[:0], roleKeep: d.roleKeep[:0], roleMents: d.roleMents[:0], roleSeats: d.roleSeats[:0], items: d.items[:0], ind: d.ind[:0], merged: d.merged[:0], speech: d.speech[:0], bits: d.bits[:0], cls: d.cls[:0], buf: d.buf[:0], low: d.low[:0], role: d.role[:0], ints: d.ints[:0], sents: d.sents[:0], cands: d.cands[:0], names: d.names[:0], forms: d.forms[:0], vps: d.vps[:0]}
	docPool.Put(d)
}

// span is a token range [a, b).
type span struct{ a, b int }

// cand is a candidate quote: a pair of marks and its token range.
type cand struct {
	pair
	a, b   int // content tokens [a, b)
	lt, rt int // last token before the opening mark (-1), first token after the closing mark (len)
	// An interruption «A – ha detto X – B»: the narrator's tokens [ia, ib) inside the marks.
	ia, ib int
}

// name is a proper name in the document: an entity mention or, where the
// gazetteer has none, a run of capitalized words.
type name struct {
	span
	start, end int
	entry      *entities.Entry
	typ        entities.Type
	person     bool // a person as far as can be told
}

// docPool recycles the per-token arrays between documents; a doc is used by
// one goroutine at a time and cleared before it goes back.
var docPool = sync.Pool{New: func() any { return new(doc) }}

func newDoc(text string, toks []tokenize.Token, ments []entities.Mention) *doc {
	d := docPool.Get().(*doc)
	d.text, d.toks, d.ments = text, toks, ments
	n := len(toks)
	d.low = grow(d.low, n)
	d.role = grow(d.role, n)
	// One backing array for the per-token indexes.
	d.ints = grow(d.ints, 5*n)
	ints := d.ints
	d.quote, d.sent, d.para, d.nameAt, d.verb = ints[:n:n], ints[n:2*n:2*n], ints[2*n:3*n:3*n], ints[3*n:4*n:4*n], ints[4*n:]
	clear(d.role)
	d.bits = grow(d.bits, n)
	d.cls = grow(d.cls, n)
	tab := words()
	buf := d.buf
	for i, t := range toks {
		var low string
		var info *wordInfo
		low, info, buf = d.classify(t.Text, t.Kind == tokenize.Word, tab, buf)
		d.low[i] = low
		d.quote[i], d.nameAt[i], d.verb[i] = -1, -1, -1
		var bits uint8
		var cls uint32
		if info != nil {
			bits, cls = info.bits, info.cls
		}
		d.cls[i] = cls
		if s := t.Text; s != "" && (s[0]-'A' < 26 || s[0] >= utf8.RuneSelf && startsUpper(s)) {
			bits |= wUpper
		} else if len(s) == 4 && isYear(s) {
			bits |= wYear
		}
		d.bits[i] = bits
		if t.Kind != tokenize.Word || len(low) <= 2 {
			continue
		}
		switch {
		case bits&wForm != 0:
			d.verb[i] = int32(len(d.forms))
			d.forms = append(d.forms, info.form)
		case len(low) >= 7:
			// An enclitic on a gerund or infinitive: definendolo, dirgli.
			if f, ok := encliticForm(low); ok {
				d.verb[i] = int32(len(d.forms))
				d.forms = append(d.forms, f)
			} else if bits&wPeriphrasis != 0 {
				d.verb[i] = maybeVerb
			}
		case bits&wPeriphrasis != 0:
			d.verb[i] = maybeVerb
		}
	}
	d.buf = buf
	d.vps = grow(d.vps, len(d.forms))
	clear(d.vps)
	d.pairs = pairMarks(text, d.pairs[:0])
	d.markQuotes(d.pairs)
	for i := range d.cands {
		d.findInterruption(&d.cands[i])
	}
	d.splitSentences()
	d.findNames()
	return d
}

// lower folds a token to lower case with ASCII apostrophes, allocating only when needed.
func lower(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			clean = false
			break
		}
		if c >= 0x80 {
			for _, r := range s[i:] {
				if unicode.IsUpper(r) || r == '’' {
					clean = false
					break
				}
			}
			break
		}
	}
	if clean {
		return s
	}
	s = strings.ToLower(s)
	if strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// markQuotes maps the mark pairs onto tokens.
func (d *doc) markQuotes(pairs []pair) {
	toks := d.toks
	k := 0
	for _, p := range pairs {
		for k < len(toks) && toks[k].End <= p.open {
			k++
		}
		c := cand{pair: p, lt: k - 1}
		i := k
		for i < len(toks) && toks[i].Start < p.cs {
			d.role[i], d.quote[i] = markTok, int32(len(d.cands))
			i++
		}
		c.a = i
		for i < len(toks) && toks[i].End <= p.ce {
			d.role[i], d.quote[i] = inQuote, int32(len(d.cands))
			i++
		}
		c.b = i
		for i < len(toks) && toks[i].Start < p.closeEnd {
			d.role[i], d.quote[i] = markTok, int32(len(d.cands))
			i++
		}
		c.rt = i
		k = i
		if c.b > c.a {
			d.cands = append(d.cands, c)
			continue
		}
		// Nothing inside the marks: they stay the narrator's.
		for t := c.lt + 1; t < c.rt; t++ {
			d.role[t], d.quote[t] = narrator, -1
		}
	}
	d.work += len(d.toks) + len(pairs) // each token is passed once
}

// splitSentences numbers the narrator's sentences: they end at . ! ? outside
// quotation marks, after a quote that ends a sentence before a capital, and at
// paragraph breaks.
func (d *doc) splitSentences() {
	var sid, pid int32
	start := 0
	for i, t := range d.toks {
		if i > 0 {
			gap := d.text[d.toks[i-1].End:t.Start]
			brk := false
			if k := newlineIn(gap); k >= 0 {
				// A blank line ends the paragraph; a single line break is a
				// space, as for the tokenizer (hard-wrapped text).
				if strings.IndexByte(gap[k+1:], '\n') >= 0 {
					brk = true
					pid++
				}
			} else if d.role[i-1] == narrator && isSentenceEnd(d.low[i-1]) {
				brk = true
			} else if d.role[i-1] == markTok && d.role[i] != inQuote && i >= 2 && d.role[i-2] == inQuote && isSentenceEnd(d.low[i-2]) && startsUpper(t.Text) {
				brk = true
			}
			if brk {
				d.sents = append(d.sents, span{start, i})
				start = i
				sid++
			}
		}
		d.sent[i], d.para[i] = sid, pid
	}
	if len(d.toks) > 0 {
		d.sents = append(d.sents, span{start, len(d.toks)})
	}
	d.work += len(d.toks)
}

// newlineIn is strings.IndexByte(gap, '\n') for the gaps between tokens,
// which are mostly empty or one space.
func newlineIn(gap string) int {
	switch len(gap) {
	case 0:
		return -1
	case 1:
		if gap[0] == '\n' {
			return 0
		}
		return -1
	}
	return strings.IndexByte(gap, '\n')
}

func isSentenceEnd(w string) bool { return w == "." || w == "!" || w == "?" || w == "..." }

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

// isWord: the token has letters.
func (d *doc) isWord(i int) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].Kind == tokenize.Word
}

// capWord: a capitalized word that can be part of a name.
func (d *doc) capWord(i int) bool {
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

func (d *doc) isSentStart(i int) bool {
	return i >= 0 && i < len(d.toks) && d.sents[d.sent[i]].a == i
}

var nameConnectors = set("di", "de", "del", "della", "dei", "degli", "delle", "d'", "da", "van", "von", "der", "bin", "al", "el", "la", "le", "dell'")

// findNames collects the proper names in one pass: entity mentions where the
// gazetteer found them, runs of capitalized words elsewhere.
func (d *doc) findNames() {
	toks := d.toks
	mi := 0
	d.work += len(toks) + len(d.ments) // the passes over both
	for i := 0; i < len(toks); i++ {
		for mi < len(d.ments) && (d.ments[mi].Start < toks[i].Start || d.ments[mi].Via == entities.ViaDemonym || d.ments[mi].End <= d.ments[mi].Start) {
			mi++
		}
		if mi < len(d.ments) && d.ments[mi].Start == toks[i].Start {
			m := d.ments[mi]
			a, b := i, i
			for b < len(toks) && toks[b].Start < m.End {
				d.work++
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
			d.work++
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

func (d *doc) addName(nm name) {
	for t := nm.a; t < nm.b; t++ {
		d.work++
		d.nameAt[t] = int32(len(d.names))
	}
	d.names = append(d.names, nm)
}

// gapIsSpace: only spaces (no newline) between token i-1 and token i.
func (d *doc) gapIsSpace(i int) bool {
	if i <= 0 || i >= len(d.toks) {
		return false
	}
	gap := d.text[d.toks[i-1].End:d.toks[i].Start]
	return !strings.Contains(gap, "\n")
}

// nameText is the text of a name.
func (d *doc) nameText(nm name) string { return d.text[nm.start:nm.end] }

// spanText is the text of tokens [a, b).
func (d *doc) spanText(a, b int) string {
	if a >= b {
		return ""
	}
	return d.text[d.toks[a].Start:d.toks[b-1].End]
}

func (d *doc) isDash(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	switch d.toks[i].Text {
	case "–", "—", "--", "−":
		return true
	case "-":
		// A spaced hyphen is a dash; Cina-Russia is not.
		t := d.toks[i]
		return t.Start > 0 && t.End < len(d.text) && d.text[t.Start-1] == ' ' && d.text[t.End] == ' '
	}
	return false
}

// findInterruption finds «A – ha detto X – B» inside a candidate: a dash,
// a speech verb within three words, and a closing dash; its tokens become
// the narrator's.
func (d *doc) findInterruption(c *cand) {
	for k := c.a + 1; k < c.b-2; k++ {
		d.work++
		if !d.isDash(k) {
			continue
		}
		verb := -1
		for j := k + 1; j < c.b && j <= k+4; j++ {
			d.work++
			if f, ok := d.formAt(j); ok && (f.kind == finite || f.kind == participle) {
				verb = j
				break
			}
			// Inside dashes any ha + participle reports the quote: – ha esultato il sindaco –.
			if j > k+1 && d.in(j-1, cAvere) && looksParticiple(d.low[j]) {
				verb = j
				break
			}
			if !d.in(j, cAvere) && !d.in(j, cEssere) && !d.in(j, cClitic) && !isAdverb(d.low[j]) {
				break
			}
		}
		if verb < 0 {
			continue
		}
		for e := verb + 1; e < c.b-1 && e <= verb+14; e++ {
			d.work++
			if d.isDash(e) {
				c.ia, c.ib = k, e+1
				for t := k; t <= e; t++ {
					d.work++
					d.role[t], d.quote[t] = narrator, -1
				}
				return
			}
			if isSentenceEnd(d.low[e]) {
				break
			}
		}
	}
}

// window bounds how far the rules look around a token, so that a text with
// no sentence punctuation still costs linear time.
const window = 150

// sentLo is the first token of p's sentence, at most window tokens back.
func (d *doc) sentLo(p int) int {
	if p >= len(d.toks) {
		return len(d.toks)
	}
	return max(d.sents[d.sent[max(p, 0)]].a, p-window)
}

// sentHi is the end of p's sentence, at most window tokens ahead.
func (d *doc) sentHi(p int) int {
	if p >= len(d.toks) {
		return len(d.toks)
	}
	return min(d.sents[d.sent[max(p, 0)]].b, p+window)
}

// maybeVerb marks in doc.verb the last word of a periphrasis (far sapere).
const maybeVerb = -2

// periphrasisHeads end a multi-word cue: fa sapere, ha fatto presente, si legge.
var periphrasisHeads = set("sapere", "notare", "presente", "noto", "nota", "appello", "legge", "leggeva")

// formAt is the speech verb form of token i, looked up once per document.
func (d *doc) formAt(i int) (verbForm, bool) {
	if i < 0 || i >= len(d.verb) || d.verb[i] < 0 {
		return verbForm{}, false
	}
	return d.forms[d.verb[i]], true
}

// classify lowers a token and looks it up in the word table in one pass
// over its bytes. A known word's lower-case form is the table's string; the
// form of another capitalized word is made once per document.
func (d *doc) classify(s string, word bool, tab *wordTable, buf []byte) (string, *wordInfo, []byte) {
	b, h, changed, slow := fold(s, buf)
	buf = b[:0]
	if slow {
		low := lower(s)
		if !word {
			return low, nil, buf
		}
		return low, tab.lookupString(wordHash(low), low), buf
	}
	if !changed {
		if !word {
			return s, nil, buf
		}
		return s, tab.lookupString(h, s), buf
	}
	if word {
		if e := tab.lookup(h, b); e != nil {
			return e.key, e, buf
		}
	}
	if l, ok := d.lowers[s]; ok {
		return l, nil, buf
	}
	l := string(b)
	if d.lowers == nil {
		d.lowers = make(map[string]string, 64)
	}
	d.lowers[s] = l
	return l, nil, buf
}
