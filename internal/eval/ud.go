package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Span is a half-open range of byte offsets into a document's text.
type Span struct{ Start, End int }

// UDDocument is an evaluation document rebuilt from a CoNLL-U file: about
// UDSentencesPerDocument consecutive sentences joined by a single space, so
// that a tokenizer must find the boundaries instead of reading line breaks.
// In a treebank of social media posts (PoSTWITA, TWITTIRÒ) each gold
// sentence is a whole post, and each post is a document of its own: posts
// come as separate records, and joining them with a space would hide a
// boundary that no reader has to guess (most tweets end with a link or a
// hashtag, not with a period).
type UDDocument struct {
	Text      string
	Tokens    []Span // surface tokens: a multiword token (della = di + la) is one
	Sentences []Span
}

// UDSentencesPerDocument is how many gold sentences make one document.
const UDSentencesPerDocument = 20

// udSentencesPerDocument returns how many gold sentences of the named file
// make one document: one in the treebanks whose sentences are posts.
func udSentencesPerDocument(name string) int {
	base := strings.ToLower(name[strings.LastIndexAny(name, `/\`)+1:])
	for _, tb := range []string{"postwita", "twittiro"} {
		if strings.Contains(base, tb) {
			return 1
		}
	}
	return UDSentencesPerDocument
}

// UDTokenizer returns the token spans and the sentence spans that a
// tokenizer finds in text, each in order.
type UDTokenizer func(text string) (tokens, sentences []Span)

// UDResult holds the scores of the CoNLL 2018 shared task for tokens and
// sentences: a span counts as correct when both its offsets match the gold.
type UDResult struct {
	Name      string
	Documents int
	Tokens    PRF
	Sentences PRF
}

// String formats the result as two lines, tokens and sentences.
func (r UDResult) String() string {
	return fmt.Sprintf("%s tokens    %v\n%s sentences %v", r.Name, r.Tokens, r.Name, r.Sentences)
}

// EvaluateUD reads a CoNLL-U file and scores tok on its documents. name is
// used in error messages and in the result.
func EvaluateUD(r io.Reader, name string, tok UDTokenizer) (UDResult, error) {
	docs, err := ReadUD(r, name)
	if err != nil {
		return UDResult{Name: name}, err
	}
	res := UDResult{Name: name, Documents: len(docs)}
	for _, d := range docs {
		toks, sents := tok(d.Text)
		res.Tokens.Add(matchSpans(d.Tokens, toks))
		res.Sentences.Add(matchSpans(d.Sentences, sents))
	}
	return res, nil
}

// matchSpans counts the system spans equal to a gold span; both lists are
// in order, so one merge pass suffices.
func matchSpans(gold, system []Span) PRF {
	p := PRF{Gold: len(gold), System: len(system)}
	i, j := 0, 0
	for i < len(gold) && j < len(system) {
		g, s := gold[i], system[j]
		switch {
		case g == s:
			p.Correct++
			i++
			j++
		case g.Start < s.Start || (g.Start == s.Start && g.End < s.End):
			i++
		default:
			j++
		}
	}
	return p
}

// udSentence is one sentence of a CoNLL-U file: its text and its surface
// tokens with offsets into that text.
type udSentence struct {
	text   string
	tokens []Span
	newDoc bool
}

// ReadUD reads a CoNLL-U file into evaluation documents. Errors name the
// file and the line; the file's base name tells a treebank of posts.
func ReadUD(r io.Reader, name string) ([]UDDocument, error) {
	sents, err := readUDSentences(r, name)
	if err != nil {
		return nil, err
	}
	var docs []UDDocument
	var cur *UDDocument
	var b strings.Builder
	n, perDoc := 0, udSentencesPerDocument(name)
	flush := func() {
		if cur != nil {
			cur.Text = b.String()
			docs = append(docs, *cur)
		}
		cur, n = nil, 0
		b.Reset()
	}
	for _, s := range sents {
		if cur != nil && (s.newDoc || n == perDoc) {
			flush()
		}
		if cur == nil {
			cur = &UDDocument{}
		} else {
			b.WriteByte(' ')
		}
		off := b.Len()
		b.WriteString(s.text)
		for _, t := range s.tokens {
			cur.Tokens = append(cur.Tokens, Span{off + t.Start, off + t.End})
		}
		first, last := s.tokens[0], s.tokens[len(s.tokens)-1]
		cur.Sentences = append(cur.Sentences, Span{off + first.Start, off + last.End})
		n++
	}
	flush()
	return docs, nil
}

// udPending collects the lines of the sentence being read.
type udPending struct {
	text     string
	hasText  bool
	newDoc   bool
	forms    []string
	spaceNo  []bool
	coverEnd int // last word id covered by the current multiword token
	line     int // first line of the sentence, for errors
}

// readUDSentences reads the sentences of a CoNLL-U file: their surface
// forms, spacing and text; errors name the file and line.
func readUDSentences(r io.Reader, name string) ([]udSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var out []udSentence
	p := udPending{}
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s:%d: invalid UTF-8", name, lineNo)
		}
		if line == "" {
			out = p.end(out)
			continue
		}
		if p.line == 0 {
			p.line = lineNo
		}
		if strings.HasPrefix(line, "#") {
			p.comment(line)
			continue
		}
		if err := p.word(line); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, lineNo, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, lineNo+1, err)
	}
	return p.end(out), nil
}

// end closes the sentence, appending it to out when it has words, and
// starts the next.
func (p *udPending) end(out []udSentence) []udSentence {
	if len(p.forms) > 0 {
		out = append(out, p.build())
	}
	// A newdoc comment in a block without words still opens a document.
	newDoc := p.newDoc && len(p.forms) == 0
	*p = udPending{newDoc: newDoc}
	return out
}

// comment reads the sentence's text and the start of a new document.
func (p *udPending) comment(line string) {
	switch {
	case strings.HasPrefix(line, "# text ="):
		p.text = strings.TrimSpace(strings.TrimPrefix(line, "# text ="))
		p.hasText = true
	case strings.HasPrefix(line, "# newdoc"):
		p.newDoc = true
	}
}

// word reads a word line: the surface form of a word or of a multiword
// token (the words it covers and empty nodes have none) and whether a space
// follows it.
func (p *udPending) word(line string) error {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("expected 10 tab-separated fields, found %d", len(cols))
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return nil // empty node: no surface form
	}
	first, last, ok := parseUDID(id)
	if !ok {
		return fmt.Errorf("bad token id %q", id)
	}
	if first <= p.coverEnd {
		return nil // a word inside a multiword token
	}
	if last > first {
		p.coverEnd = last
	}
	if cols[1] == "" {
		return errors.New("empty form")
	}
	p.forms = append(p.forms, cols[1])
	p.spaceNo = append(p.spaceNo, strings.Contains(cols[9], "SpaceAfter=No"))
	return nil
}

// parseUDID parses "7" or "3-4".
func parseUDID(id string) (first, last int, ok bool) {
	a, b, isRange := strings.Cut(id, "-")
	first, ok = atoi(a)
	if !ok {
		return 0, 0, false
	}
	if !isRange {
		return first, first, true
	}
	last, ok = atoi(b)
	return first, last, ok && last >= first
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// build finds the surface forms in the sentence text. When the # text
// comment is missing or disagrees with the forms, the text is rebuilt from
// the forms and SpaceAfter=No.
func (p *udPending) build() udSentence {
	if p.hasText {
		if spans, ok := alignForms(p.text, p.forms); ok {
			return udSentence{text: p.text, tokens: spans, newDoc: p.newDoc}
		}
	}
	var b strings.Builder
	spans := make([]Span, len(p.forms))
	for i, f := range p.forms {
		start := b.Len()
		b.WriteString(f)
		spans[i] = Span{start, b.Len()}
		if !p.spaceNo[i] && i+1 < len(p.forms) {
			b.WriteByte(' ')
		}
	}
	return udSentence{text: b.String(), tokens: spans, newDoc: p.newDoc}
}

// alignForms locates each form in text, in order, allowing only white
// space between them.
func alignForms(text string, forms []string) ([]Span, bool) {
	spans := make([]Span, len(forms))
	pos := 0
	for i, f := range forms {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
		if !strings.HasPrefix(text[pos:], f) {
			return nil, false
		}
		spans[i] = Span{pos, pos + len(f)}
		pos += len(f)
	}
	return spans, strings.TrimSpace(text[pos:]) == ""
}
