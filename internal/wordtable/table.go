// Package wordtable builds the word layer's table of one document: for
// every token its key, hash, lexicon entry and shape (package word), made in
// one pass over the tokens and read by every package of the pipeline, so
// that no token is folded or looked up twice.
package wordtable

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// Table is the word layer of one document: Keys[i] is the key of
// Tokens[i] (word.Fold of its text) and Words[i] the rest of what the layer
// knows of it. A Table is reused between documents with Build; it belongs to
// one goroutine at a time, and its slices are read-only for its readers.
type Table struct {
	Text   string
	Tokens []tokenize.Token
	Keys   []string
	Words  []word.Word
	// Sentences are the document's sentences when the caller has them
	// (the Analyzer sets them after Build), so that no step cuts them again.
	Sentences []tokenize.Sentence
	buf       []byte  // the keys that differ from their tokens and the lexicon's, back to back
	pend      []int32 // the tokens whose key is in buf, with its offset and length: 3 ints each
}

// Build fills t for text and its tokens. The keys of the document cost one
// string allocation; a token whose key is its text (a lower-case ASCII word,
// punctuation) uses the text itself, and a word of the lexicon the
// lexicon's string.
func (t *Table) Build(text string, toks []tokenize.Token) {
	t.Text, t.Tokens, t.Sentences = text, toks, nil
	n := len(toks)
	if cap(t.Words) < n {
		t.Words = make([]word.Word, n, n+n/8)
		t.Keys = make([]string, n, n+n/8)
	}
	ws, keys := t.Words[:n], t.Keys[:n]
	t.buf, t.pend = t.buf[:0], t.pend[:0]
	lx := word.Lex()
	for i := range toks {
		s := toks[i].Text
		mark := len(t.buf)
		var h uint64
		var changed bool
		var f word.Flags
		t.buf, h, changed, f = word.Scan(t.buf, s)
		w := &ws[i]
		w.Hash, w.Flags = h, f
		if !changed {
			keys[i] = s
			w.ID = lx.Find(s, h)
			continue
		}
		w.ID = lx.FindBytes(t.buf[mark:], h)
		if w.ID >= 0 {
			keys[i] = lx.Key(w.ID) // the lexicon's string: no copy
			t.buf = t.buf[:mark]
			continue
		}
		t.pend = append(t.pend, int32(i), int32(mark), int32(len(t.buf)-mark))
	}
	if len(t.pend) > 0 {
		all := string(t.buf)
		for k := 0; k < len(t.pend); k += 3 {
			off := t.pend[k+1]
			keys[t.pend[k]] = all[off : off+t.pend[k+2]]
		}
	}
	markStarts(text, toks, keys, ws)
	t.Words, t.Keys = ws, keys
}

// Release drops the table's references to the document, keeping its
// buffers. The keys of its words still point into the text until the next
// Build overwrites them: clearing them would cost another pass over memory.
func (t *Table) Release() {
	t.Text, t.Tokens, t.Sentences = "", nil, nil
	t.Words, t.Keys = t.Words[:0], t.Keys[:0]
}

// markStarts sets SentStart on the first word of the text, of a paragraph
// or line, and after sentence-ending punctuation, an opening quotation mark
// or bracket, a dash, a bullet, a colon or a semicolon: the places where a
// capital letter tells nothing of a name.
func markStarts(text string, toks []tokenize.Token, keys []string, ws []word.Word) {
	start := true
	prevEnd := 0
	for i := range ws {
		w := &ws[i]
		st := toks[i].Start
		switch gap := st - prevEnd; {
		case gap <= 0 || st > len(text):
		case gap == 1:
			if text[prevEnd] == '\n' {
				start = true
			}
		default:
			if strings.IndexByte(text[prevEnd:st], '\n') >= 0 {
				start = true
			}
		}
		if w.Flags&word.Letter != 0 {
			if start {
				w.Flags |= word.SentStart
			}
			start = false
		} else if opensClause(keys[i]) {
			start = true
		}
		if e := toks[i].End; e >= prevEnd && e <= len(text) {
			prevEnd = e
		}
	}
}

// opensClause reports the punctuation after which a capital says nothing.
func opensClause(k string) bool {
	switch k {
	case ".", "!", "?", "…", ":", ";", "«", "“", "\"", "(", "[", "—", "–", "-", "•", "*":
		return true
	}
	return false
}

// Years returns the years (1900–2100) the document writes, in order.
func (t *Table) Years() []int {
	var ys []int
	for i := range t.Words {
		if t.Words[i].Flags&word.YearFlag != 0 {
			ys = append(ys, word.Year(t.Tokens[i].Text))
		}
	}
	return ys
}
