package quotes

import (
	"github.com/tribuna-nlp/tribuna/internal/steps"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/internal/wordtable"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// analysis is what the rules read of one document, built once by analyze
// in four passes over the tokens, each in its own file: the words (their
// lower-case forms, word classes and speech verb forms: readWords), the
// quotation marks (marks.go), the narrator's sentences (sentences.go) and
// the names (names.go). The patterns and the resolver only read it; the
// one thing written afterwards is memo, answers computed on first demand
// that depend only on the document (verb phrases, role mentions, name
// indexes).
type analysis struct {
	text  string
	toks  []tokenize.Token
	words *wordtable.Table    // the word layer: keys, lexicon entries and shapes of toks
	gaz   *entities.Gazetteer // resolves role mentions; nil: none

	// The words (readWords).
	low   []string // lower-case token text, apostrophes as '
	bits  []uint8  // word classes of every token (wRoleHead …)
	cls   []uint32 // closed classes of every token (cArticle …)
	verb  []int32  // index in forms of the token's speech verb form, -1; maybeVerb
	forms []verbForm

	// The quotation marks (marks.go).
	pairs []pair  // the pairs of quotation marks
	cands []cand  // the pairs with words inside, on tokens
	role  []int8  // narrator, inQuote or markTok
	quote []int32 // candidate index for inQuote and markTok tokens, -1 for narrator tokens

	// The narrator's sentences and paragraphs (sentences.go).
	sent  []int32 // sentence id of every token
	para  []int32 // paragraph id of every token
	sents []span  // token range of each sentence id

	// The names (names.go).
	ments  []entities.Mention
	names  []name
	nameAt []int32 // name index whose range holds the token, -1

	memo memo
	buf  buffers
	work steps.Counter // loop steps, for the tests of linear time
}

// memo holds the answers computed on first demand.
type memo struct {
	vps           []vpMemo          // speechVerbAt of each form in forms
	roles         roleMemo          // the gazetteer's role mentions
	first         map[string][]int  // multi-word names by first token, for canonical names
	last          map[string][]int  // … and by last token
	acro          map[string][]int  // … and by initials
	years         yearSpan          // the years the text names
	entryNames    map[entryPara]int // the name with the most words of each entry, by paragraph (reused)
	entryNamesSet bool              // … computed
}

// yearSpan is the span of the years a text names.
type yearSpan struct {
	set, any bool // computed; the text names one
	lo, hi   int
}

// buffers are the arrays the analysis and the passes after it reuse from
// one document to the next (pooled).
type buffers struct {
	ints               []int32         // backing array of quote, sent, para, nameAt and verb
	table              wordtable.Table // the word table of a document given without one
	items, ind, merged []item          // quotes found, indirect quotes, both in order
	speech             []bool          // candidates that came out as quotes
	site               site            // the candidate the patterns look at
	canon              map[canonKey]Speaker
	longest            map[canonKey]longestForm
	mods               [2]modifiers // scratch of modifiers: a role phrase's and a tie's
}

// Token roles in a document.
const (
	narrator int8 = iota // the narrator's words
	inQuote              // inside a pair of quotation marks
	markTok              // a quotation mark
)

// span is a token range [a, b).
type span struct{ a, b int }

// analysisPool recycles the per-token arrays between documents; an analysis
// is used by one goroutine at a time and cleared before it goes back.
var analysisPool = sync.Pool{New: func() any { return new(analysis) }}

// analyze builds the analysis of a document, with a word table of its own;
// release returns it.
func analyze(text string, toks []tokenize.Token, ments []entities.Mention, gaz *entities.Gazetteer) *analysis {
	d := analysisPool.Get().(*analysis)
	d.buf.table.Build(text, toks)
	return d.analyze(&d.buf.table, ments, gaz)
}

// analyzeTable builds the analysis of the document of tb, the word table
// the pipeline made once for every package.
func analyzeTable(tb *wordtable.Table, ments, roles []entities.Mention, gaz *entities.Gazetteer) *analysis {
	d := analysisPool.Get().(*analysis)
	d.memo.roles.given, d.memo.roles.all = true, roles
	return d.analyze(tb, ments, gaz)
}

func (d *analysis) analyze(tb *wordtable.Table, ments []entities.Mention, gaz *entities.Gazetteer) *analysis {
	d.text, d.toks, d.words, d.ments, d.gaz = tb.Text, tb.Tokens, tb, ments, gaz
	d.readWords()
	d.pairs = pairMarks(d.text, d.pairs[:0])
	d.markQuotes()
	d.splitSentences()
	d.findNames()
	return d
}

// grow returns s with length n, reusing its array when it is large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// release clears the analysis of everything that refers to the document
// and returns it to the pool. Huge documents are not kept.
func (d *analysis) release() {
	if cap(d.buf.ints) > 1<<22 {
		return
	}
	b := d.buf
	clear(d.names)
	b.table.Release()
	clear(b.canon)
	clear(b.longest)
	clear(b.items)
	clear(b.ind)
	clear(b.merged)
	b.site = site{}
	for i := range b.mods {
		clear(b.mods[i].words[:cap(b.mods[i].words)])
		clear(b.mods[i].entries[:cap(b.mods[i].entries)])
	}
	d.memo.roles.clear()
	m := d.memo.entryNames
	clear(m)
	b.items, b.ind, b.merged, b.speech, b.ints = b.items[:0], b.ind[:0], b.merged[:0], b.speech[:0], b.ints[:0]
	*d = analysis{bits: d.bits[:0], cls: d.cls[:0], forms: d.forms[:0], pairs: d.pairs[:0], cands: d.cands[:0],
		role: d.role[:0], sents: d.sents[:0], names: d.names[:0], buf: b,
		memo: memo{vps: d.memo.vps[:0], roles: d.memo.roles, entryNames: m}}
	analysisPool.Put(d)
}

// readWords gives every token its lower-case form, its word classes and its
// speech verb form, read from the document's word table (its key and its
// lexicon entry), and lays out the per-token arrays.
func (d *analysis) readWords() {
	toks, ws := d.toks, d.words.Words
	n := len(toks)
	d.low = d.words.Keys // read-only: the table's keys
	d.role = grow(d.role, n)
	clear(d.role)
	// One backing array for the per-token indexes.
	d.buf.ints = grow(d.buf.ints, 5*n)
	ints := d.buf.ints
	d.quote, d.sent, d.para, d.nameAt, d.verb = ints[:n:n], ints[n:2*n:2*n], ints[2*n:3*n:3*n], ints[3*n:4*n:4*n], ints[4*n:]
	d.bits = grow(d.bits, n)
	d.cls = grow(d.cls, n)
	lx := word.Lex()
	for i := range toks {
		w := &ws[i]
		low := d.low[i]
		d.quote[i], d.nameAt[i], d.verb[i] = -1, -1, -1
		var bits uint8
		var cls uint32
		isWord := toks[i].Kind == tokenize.Word
		if isWord {
			bits, cls = quoteClasses(lx.Column(w.ID, word.Quotes))
			if lx.Column(w.ID, word.Shared)&word.RoleOpener != 0 {
				bits |= wRoleHead
			}
		}
		d.cls[i] = cls
		if w.Flags&word.Cap != 0 {
			bits |= wUpper
		} else if w.Flags&word.YearFlag != 0 {
			bits |= wYear
		}
		d.bits[i] = bits
		if !isWord || len(low) <= 2 {
			continue
		}
		switch {
		case bits&wForm != 0:
			d.verb[i] = int32(len(d.forms))
			d.forms = append(d.forms, formsByID()[w.ID])
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
	d.memo.vps = grow(d.memo.vps, len(d.forms))
	clear(d.memo.vps)
}

// in reports whether token i belongs to the closed class c.
func (d *analysis) in(i int, c uint32) bool { return d.cls[i]&c != 0 }

// isWord: the token has letters.
func (d *analysis) isWord(i int) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].Kind == tokenize.Word
}

// maybeVerb marks in analysis.verb the last word of a periphrasis (far sapere).
const maybeVerb = -2

// formAt is the speech verb form of token i, looked up once per document.
func (d *analysis) formAt(i int) (verbForm, bool) {
	if i < 0 || i >= len(d.verb) || d.verb[i] < 0 {
		return verbForm{}, false
	}
	return d.forms[d.verb[i]], true
}

// spanText is the text of tokens [a, b).
func (d *analysis) spanText(a, b int) string {
	if a >= b {
		return ""
	}
	return d.text[d.toks[a].Start:d.toks[b-1].End]
}

// gapIsSpace: only spaces (no newline) between token i-1 and token i.
func (d *analysis) gapIsSpace(i int) bool {
	if i <= 0 || i >= len(d.toks) {
		return false
	}
	gap := d.text[d.toks[i-1].End:d.toks[i].Start]
	return !strings.Contains(gap, "\n")
}

// isDash: a dash that sets off a phrase (–, —, a spaced hyphen).
func (d *analysis) isDash(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	if s := d.toks[i].Text; s == "" || s[0] != '-' && s[0] != 0xE2 {
		return false // most tokens, at their first byte
	}
	switch d.toks[i].Text {
	case "–", "—", "--", "−":
		return true
	case "-":
		// A hyphen set off by a space on one side is a dash (– ha detto –.,
		// the ASCII of a keyboard); Cina-Russia is not.
		t := d.toks[i]
		before := t.Start == 0 || d.text[t.Start-1] == ' ' || d.text[t.Start-1] == '\n'
		after := t.End == len(d.text) || d.text[t.End] == ' ' || d.text[t.End] == '\n'
		return before && (after || strings.IndexByte(".,;:", d.text[t.End]) >= 0) || after && !before && strings.IndexByte(".,;:»\"”", d.text[t.Start-1]) >= 0
	}
	return false
}

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

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }
func hasPrefix(s, pre string) bool { return len(s) >= len(pre) && s[:len(pre)] == pre }
