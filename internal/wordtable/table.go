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

// Table is the word layer of one document. Words[i] describes Tokens[i].
// A Table is reused between documents with Build; it belongs to one
// goroutine at a time.
type Table struct {
	Text   string
	Tokens []tokenize.Token
	Words  []word.Word
	buf    []byte     // the keys that differ from their tokens, back to back
	offs   [][2]int32 // per token: offset and length of its key in buf; length -1 when the key is the token
}

// Build fills t for text and its tokens. The keys of the document cost one
// string allocation; a token whose key is its text (a lower-case ASCII word,
// punctuation) uses the text itself.
func (t *Table) Build(text string, toks []tokenize.Token) {
	t.Text, t.Tokens = text, toks
	if cap(t.Words) < len(toks) {
		t.Words = make([]word.Word, len(toks), len(toks)+len(toks)/8)
	}
	ws := t.Words[:len(toks)]
	t.buf, t.offs = t.buf[:0], t.offs[:0]
	for i := range toks {
		s := toks[i].Text
		mark := len(t.buf)
		var h uint64
		var changed bool
		var f word.Flags
		t.buf, h, changed, f = word.Scan(t.buf, s)
		w := &ws[i]
		w.Hash, w.Flags = h, f
		if changed {
			w.ID = word.LookupBytes(t.buf[mark:], h)
			if w.ID >= 0 {
				// The lexicon holds the key: use its string.
				w.Key = word.KeyOf(w.ID)
				t.buf = t.buf[:mark]
				t.offs = append(t.offs, [2]int32{0, -1})
				continue
			}
			t.offs = append(t.offs, [2]int32{int32(mark), int32(len(t.buf) - mark)})
			w.Key = ""
			continue
		}
		t.buf = t.buf[:mark]
		t.offs = append(t.offs, [2]int32{0, -1})
		w.Key = s
		w.ID = word.Lookup(s, h)
	}
	if len(t.buf) > 0 {
		keys := string(t.buf)
		for i, o := range t.offs {
			if o[1] >= 0 {
				ws[i].Key = keys[o[0] : o[0]+o[1]]
			}
		}
	}
	markStarts(text, toks, ws)
	t.Words = ws
}

// Release drops the table's references to the document, keeping its
// buffers. The keys of its words still point into the text until the next
// Build overwrites them: clearing them would cost another pass over memory.
func (t *Table) Release() {
	t.Text, t.Tokens = "", nil
	t.Words = t.Words[:0]
}

// markStarts sets SentStart on the first word of the text, of a paragraph
// or line, and after sentence-ending punctuation, an opening quotation mark
// or bracket, a dash, a bullet, a colon or a semicolon: the places where a
// capital letter tells nothing of a name.
func markStarts(text string, toks []tokenize.Token, ws []word.Word) {
	start := true
	prevEnd := 0
	for i := range ws {
		w := &ws[i]
		st := toks[i].Start
		if st >= prevEnd && st <= len(text) && strings.IndexByte(text[prevEnd:st], '\n') >= 0 {
			start = true
		}
		if w.Flags&word.Letter != 0 {
			if start {
				w.Flags |= word.SentStart
			}
			start = false
		} else if opensClause(w.Key) {
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
