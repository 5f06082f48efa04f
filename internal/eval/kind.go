package eval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// KINDTypes are the entity types KIND annotates, in report order.
var kindTypes = [...]string{"PER", "LOC", "ORG"}

// KINDTypes returns the entity types scored on KIND.
func KINDTypes() []string { return append([]string(nil), kindTypes[:]...) }

// KINDDocSentences is how many consecutive sentences make one document for the
// finder by default: KIND files have no document boundaries, and ten
// sentences joined by a space are text as users meet it (a short article, or
// a paragraph run), with some context for coreference and no line breaks that
// would mark sentence ends for free.
const KINDDocSentences = 10

// KINDGrouping says how ReadKIND joins sentences into documents: Sentences
// per document, joined by Sep. The zero value is the default, 10 sentences
// joined by a space; the grouping of earlier figures was 100 sentences joined
// by newlines.
type KINDGrouping struct {
	Sentences int
	Sep       string
}

func (g KINDGrouping) orDefault() KINDGrouping {
	if g.Sentences <= 0 {
		g.Sentences = KINDDocSentences
	}
	if g.Sep == "" {
		g.Sep = " "
	}
	return g
}

// TypedSpan is a typed span of text: byte offsets, End exclusive.
type TypedSpan struct {
	Start, End int
	Type       string
}

// KINDFinder returns the PER, LOC and ORG mentions in text (demonyms and role
// mentions left out), in any order.
type KINDFinder func(text string) []TypedSpan

// KINDError is a span the finder missed or added, with its text and sentence.
type KINDError struct {
	Text, Type, Sentence string
}

// KINDResult is the score of a finder on one KIND file.
type KINDResult struct {
	Name      string
	Sentences int
	Tokens    int
	Overall   PRF
	ByType    map[string]PRF // PER, LOC, ORG
	Missed    []KINDError    // gold spans not found (exactly)
	Spurious  []KINDError    // found spans not in the gold
}

// String reports the overall and per-type scores, one line each.
func (r KINDResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d sentences, %d tokens\n", r.Name, r.Sentences, r.Tokens)
	fmt.Fprintf(&b, "  all  %s\n", r.Overall)
	for _, t := range kindTypes {
		fmt.Fprintf(&b, "  %-4s %s\n", t, r.ByType[t])
	}
	return b.String()
}

// KINDDocument is a run of KIND sentences detokenized into text, with the
// gold spans as byte offsets into it.
type KINDDocument struct {
	Text      string
	Gold      []TypedSpan
	Sentences []TypedSpan // sentence extents (Type empty)
	Tokens    int
}

// EvaluateKIND reads a KIND file (token<TAB>tag lines, a blank line between
// sentences; tags PER/LOC/ORG/O, or with B-/I- prefixes) and scores find on
// exact spans, overall and per type. The documents are grouped as grouping
// says (none: the default). Errors name the file and line.
func EvaluateKIND(r io.Reader, name string, find KINDFinder, grouping ...KINDGrouping) (KINDResult, error) {
	docs, err := ReadKIND(r, name, grouping...)
	res := KINDResult{Name: name, ByType: map[string]PRF{}}
	if err != nil {
		return res, err
	}
	for _, d := range docs {
		res.Sentences += len(d.Sentences)
		res.Tokens += d.Tokens
		sys := find(d.Text)
		scoreKIND(&res, d, sys)
	}
	for _, t := range kindTypes {
		res.Overall.Add(res.ByType[t])
	}
	return res, nil
}

func scoreKIND(res *KINDResult, d KINDDocument, sys []TypedSpan) {
	gold := map[TypedSpan]bool{}
	for _, g := range d.Gold {
		gold[g] = true
	}
	found := map[TypedSpan]bool{}
	for _, s := range sys {
		if !isKINDType(s.Type) || s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End || found[s] {
			continue
		}
		found[s] = true
		p := res.ByType[s.Type]
		p.System++
		if gold[s] {
			p.Correct++
		} else {
			res.Spurious = append(res.Spurious, KINDError{d.Text[s.Start:s.End], s.Type, sentenceOf(d, s)})
		}
		res.ByType[s.Type] = p
	}
	for _, g := range d.Gold {
		p := res.ByType[g.Type]
		p.Gold++
		res.ByType[g.Type] = p
		if !found[g] {
			res.Missed = append(res.Missed, KINDError{d.Text[g.Start:g.End], g.Type, sentenceOf(d, g)})
		}
	}
}

func sentenceOf(d KINDDocument, s TypedSpan) string {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End >= s.End })
	if i < len(d.Sentences) {
		return d.Text[d.Sentences[i].Start:d.Sentences[i].End]
	}
	return ""
}

func isKINDType(t string) bool {
	for _, k := range kindTypes {
		if k == t {
			return true
		}
	}
	return false
}

// ReadKIND reads a KIND file into documents grouped as grouping says (none:
// KINDDocSentences sentences joined by a space).
func ReadKIND(r io.Reader, name string, grouping ...KINDGrouping) ([]KINDDocument, error) {
	var g KINDGrouping
	if len(grouping) > 0 {
		g = grouping[0]
	}
	g = g.orDefault()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		docs []KINDDocument
		cur  = kindBuilder{sep: g.Sep}
		sent []kindToken
		line int
	)
	flushSentence := func() {
		if len(sent) == 0 {
			return
		}
		cur.addSentence(sent)
		sent = sent[:0]
		if cur.sentences == g.Sentences {
			docs = append(docs, cur.doc())
			cur = kindBuilder{sep: g.Sep}
		}
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flushSentence()
			continue
		}
		tok, tag, ok := strings.Cut(text, "\t")
		if !ok || tok == "" || strings.Contains(tag, "\t") {
			return nil, fmt.Errorf("%s:%d: want token<TAB>tag, got %q", name, line, text)
		}
		typ, begin, err := parseKINDTag(strings.TrimSpace(tag))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		sent = append(sent, kindToken{tok, typ, begin})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	flushSentence()
	if cur.sentences > 0 {
		docs = append(docs, cur.doc())
	}
	return docs, nil
}

type kindToken struct {
	text, typ string // typ "" for O
	begin     bool   // B- tag: starts a new span even after one of its type
}

// parseKINDTag reads O, PER, B-PER, I-PER and the like.
func parseKINDTag(tag string) (typ string, begin bool, err error) {
	if tag == "O" {
		return "", false, nil
	}
	if rest, ok := strings.CutPrefix(tag, "B-"); ok {
		tag, begin = rest, true
	} else if rest, ok := strings.CutPrefix(tag, "I-"); ok {
		tag = rest
	}
	if tag == "" || strings.ContainsAny(tag, " \t") {
		return "", false, fmt.Errorf("bad tag %q", tag)
	}
	return tag, begin, nil
}

// kindBuilder detokenizes sentences into one text.
type kindBuilder struct {
	sep       string // between sentences
	b         strings.Builder
	gold      []TypedSpan
	sents     []TypedSpan
	sentences int
	tokens    int
}

func (k *kindBuilder) addSentence(toks []kindToken) {
	if k.b.Len() > 0 {
		k.b.WriteString(k.sep)
	}
	sentStart := k.b.Len()
	open := -1 // index in gold of the span being extended
	for i, t := range toks {
		if i > 0 && spaceBefore(toks[i-1].text, t.text) {
			k.b.WriteByte(' ')
		}
		start := k.b.Len()
		k.b.WriteString(t.text)
		end := k.b.Len()
		switch {
		case t.typ == "":
			open = -1
		case open >= 0 && !t.begin && k.gold[open].Type == t.typ:
			k.gold[open].End = end
		default:
			k.gold = append(k.gold, TypedSpan{start, end, t.typ})
			open = len(k.gold) - 1
		}
	}
	k.sents = append(k.sents, TypedSpan{Start: sentStart, End: k.b.Len()})
	k.sentences++
	k.tokens += len(toks)
}

func (k *kindBuilder) doc() KINDDocument {
	var gold []TypedSpan
	for _, g := range k.gold {
		if isKINDType(g.Type) {
			gold = append(gold, g)
		}
	}
	return KINDDocument{Text: k.b.String(), Gold: gold, Sentences: k.sents, Tokens: k.tokens}
}

// spaceBefore decides whether detokenized text has a space between two
// tokens: none before closing punctuation, none after opening punctuation
// and after an elided word (dell' Ucraina → dell'Ucraina).
func spaceBefore(prev, cur string) bool {
	switch cur {
	case ",", ".", ";", ":", "!", "?", ")", "»", "]", "…":
		return false
	}
	switch prev {
	case "«", "(", "[":
		return false
	}
	if len(prev) > 1 && (strings.HasSuffix(prev, "'") || strings.HasSuffix(prev, "’")) {
		return false
	}
	return true
}
