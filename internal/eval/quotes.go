package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// GoldQuote is one annotated quote of the quote gold files.
type GoldQuote struct {
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Kind     string   `json:"kind"`
	Speakers []string `json:"speaker"`
}

// QuoteDoc is a text and its gold quotes.
type QuoteDoc struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Quotes []GoldQuote `json:"quotes"`
}

// SystemQuote is what an extractor returns for scoring.
type SystemQuote struct {
	Start, End int
	Kind       string
	Speakers   []string // canonical names
}

// QuoteExtractor runs a quote extractor on a text.
type QuoteExtractor func(text string) []SystemQuote

// NonSpeechSpan is a quotation-mark span that is not speech (dev.nonspeech.jsonl).
type NonSpeechSpan struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

// ReadQuoteDocs reads quote gold in JSON Lines, one document a line; name is
// used in errors, which give the line.
func ReadQuoteDocs(r io.Reader, name string) ([]QuoteDoc, error) {
	var docs []QuoteDoc
	err := eachLine(r, name, func(line []byte, n int) error {
		var d QuoteDoc
		if err := json.Unmarshal(line, &d); err != nil {
			return err
		}
		if err := checkQuotes(d); err != nil {
			return err
		}
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// ReadQuoteDoc reads the single-document gold format (gold/article.quotes.json)
// whose text is given separately.
func ReadQuoteDoc(r io.Reader, name, text string) (QuoteDoc, error) {
	var d QuoteDoc
	dec := json.NewDecoder(r)
	if err := dec.Decode(&d); err != nil {
		return d, fmt.Errorf("%s: %w", name, err)
	}
	d.Text = text
	if d.ID == "" {
		d.ID = name
	}
	if err := checkQuotes(d); err != nil {
		return d, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

// ReadNonSpeech reads dev.nonspeech.jsonl.
func ReadNonSpeech(r io.Reader, name string) ([]NonSpeechSpan, error) {
	var out []NonSpeechSpan
	err := eachLine(r, name, func(line []byte, n int) error {
		var s NonSpeechSpan
		if err := json.Unmarshal(line, &s); err != nil {
			return err
		}
		if s.ID == "" || s.End <= s.Start {
			return fmt.Errorf("span needs an id and start < end")
		}
		out = append(out, s)
		return nil
	})
	return out, err
}

func eachLine(r io.Reader, name string, f func([]byte, int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 64*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		if !utf8.Valid(line) {
			return fmt.Errorf("%s:%d: invalid UTF-8", name, n)
		}
		if err := f(line, n); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return nil
}

func checkQuotes(d QuoteDoc) error {
	for i, q := range d.Quotes {
		if q.Start < 0 || q.End > len(d.Text) || q.Start >= q.End {
			return fmt.Errorf("quote %d: offsets %d-%d outside the text (%d bytes)", i, q.Start, q.End, len(d.Text))
		}
		if d.Text[q.Start:q.End] != q.Text {
			return fmt.Errorf("quote %d: text[%d:%d] is %q, not %q", i, q.Start, q.End, d.Text[q.Start:q.End], q.Text)
		}
	}
	return nil
}

// QuoteScores are the span and speaker scores of a quote extractor.
type QuoteScores struct {
	ByKind        map[string]*PRF // direct, partial, indirect: span match within the kind
	DirectPartial PRF             // direct and partial pooled, whatever the kind given
	Indirect      PRF
	// Speaker accuracy on the matched quotes.
	SpeakerDP, SpeakerDPCorrect             int
	SpeakerIndirect, SpeakerIndirectCorrect int
	Errors                                  []string // one line per miss, for inspection
}

// SpeakerAccuracy on matched direct and partial quotes.
func (s QuoteScores) SpeakerAccuracy() float64 { return ratio(s.SpeakerDPCorrect, s.SpeakerDP) }

// IndirectSpeakerAccuracy on matched indirect quotes.
func (s QuoteScores) IndirectSpeakerAccuracy() float64 {
	return ratio(s.SpeakerIndirectCorrect, s.SpeakerIndirect)
}

// SpanOverlap is the overlap of two spans over the longer one: a system quote
// matches a gold quote when it is at least 0.8.
func SpanOverlap(s1, e1, s2, e2 int) float64 {
	lo, hi := max(s1, s2), min(e1, e2)
	if hi <= lo {
		return 0
	}
	return float64(hi-lo) / float64(max(e1-s1, e2-s2))
}

// MinOverlap is the overlap a match needs.
const MinOverlap = 0.8

// ScoreQuotes runs extract on every document and scores it against the gold.
func ScoreQuotes(docs []QuoteDoc, extract QuoteExtractor) QuoteScores {
	sc := QuoteScores{ByKind: map[string]*PRF{"direct": {}, "partial": {}, "indirect": {}}}
	for _, d := range docs {
		sys := extract(d.Text)
		sc.scoreDirectPartial(d, ofKind(d.Quotes, "direct", "partial"), ofKind(sys, "direct", "partial"))
		sc.scoreIndirect(d, ofKind(d.Quotes, "indirect"), ofKind(sys, "indirect"))
		for _, k := range []string{"direct", "partial", "indirect"} {
			_, prf := match(ofKind(d.Quotes, k), ofKind(sys, k))
			sc.ByKind[k].Add(prf)
		}
	}
	return sc
}

// ofKind returns the quotes of qs (gold or system) of the kinds, in order.
func ofKind[Q interface{ kind() string }](qs []Q, kinds ...string) []Q {
	var out []Q
	for _, q := range qs {
		if slices.Contains(kinds, q.kind()) {
			out = append(out, q)
		}
	}
	return out
}

func (q GoldQuote) kind() string   { return q.Kind }
func (q SystemQuote) kind() string { return q.Kind }

// scoreDirectPartial scores d's direct and partial quotes pooled, whatever
// kind each is given, and the speakers of those matched; a matched quote of
// the other kind is an error line.
func (sc *QuoteScores) scoreDirectPartial(d QuoteDoc, gDP []GoldQuote, sDP []SystemQuote) {
	pairs, prf := match(gDP, sDP)
	sc.DirectPartial.Add(prf)
	for _, p := range pairs {
		sc.SpeakerDP++
		if SpeakersMatch(gDP[p[0]].Speakers, sDP[p[1]].Speakers) {
			sc.SpeakerDPCorrect++
		} else {
			sc.Errors = append(sc.Errors, fmt.Sprintf("%s speaker: %q gold %v system %v", d.ID, clip(gDP[p[0]].Text), gDP[p[0]].Speakers, sDP[p[1]].Speakers))
		}
		if gDP[p[0]].Kind != sDP[p[1]].Kind {
			sc.Errors = append(sc.Errors, fmt.Sprintf("%s kind: %q gold %s system %s", d.ID, clip(gDP[p[0]].Text), gDP[p[0]].Kind, sDP[p[1]].Kind))
		}
	}
	sc.Errors = append(sc.Errors, misses(d, gDP, sDP, pairs)...)
}

// scoreIndirect scores d's indirect quotes and the speakers of those
// matched.
func (sc *QuoteScores) scoreIndirect(d QuoteDoc, gInd []GoldQuote, sInd []SystemQuote) {
	pairs, prf := match(gInd, sInd)
	sc.Indirect.Add(prf)
	for _, p := range pairs {
		sc.SpeakerIndirect++
		if SpeakersMatch(gInd[p[0]].Speakers, sInd[p[1]].Speakers) {
			sc.SpeakerIndirectCorrect++
		} else {
			sc.Errors = append(sc.Errors, fmt.Sprintf("%s indirect speaker: %q gold %v system %v", d.ID, clip(gInd[p[0]].Text), gInd[p[0]].Speakers, sInd[p[1]].Speakers))
		}
	}
	sc.Errors = append(sc.Errors, misses(d, gInd, sInd, pairs)...)
}

func misses(d QuoteDoc, g []GoldQuote, s []SystemQuote, pairs [][2]int) []string {
	var out []string
	gm, sm := make([]bool, len(g)), make([]bool, len(s))
	for _, p := range pairs {
		gm[p[0]], sm[p[1]] = true, true
	}
	for i, q := range g {
		if !gm[i] {
			out = append(out, fmt.Sprintf("%s missed %s: %q", d.ID, q.Kind, clip(q.Text)))
		}
	}
	for i, q := range s {
		if !sm[i] {
			out = append(out, fmt.Sprintf("%s spurious %s: %q %v", d.ID, q.Kind, clip(d.Text[q.Start:q.End]), q.Speakers))
		}
	}
	return out
}

func clip(s string) string {
	if len(s) > 70 {
		s = s[:70]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
		return s + "…"
	}
	return s
}

// match pairs gold and system quotes one to one, greedily by overlap.
func match(g []GoldQuote, s []SystemQuote) ([][2]int, PRF) {
	used := make([]bool, len(s))
	var pairs [][2]int
	for i, gq := range g {
		best, bestOv := -1, MinOverlap
		for j, sq := range s {
			if used[j] {
				continue
			}
			if ov := SpanOverlap(gq.Start, gq.End, sq.Start, sq.End); ov >= bestOv {
				best, bestOv = j, ov
			}
		}
		if best >= 0 {
			used[best] = true
			pairs = append(pairs, [2]int{i, best})
		}
	}
	return pairs, PRF{Gold: len(g), System: len(s), Correct: len(pairs)}
}

// SpeakersMatch reports whether gold and sys name the same speakers: the
// same number of them, each gold name matched by a system name. Names match ignoring case and a leading article, and a part
// of a name matches the whole (Putin matches Vladimir Putin).
func SpeakersMatch(gold, sys []string) bool {
	if len(gold) != len(sys) {
		return false
	}
	used := make([]bool, len(sys))
	for _, g := range gold {
		found := false
		for j, s := range sys {
			if !used[j] && NamesMatch(g, s) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// NamesMatch compares two names of a speaker.
func NamesMatch(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return len(wa) == len(wb)
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if sameWords(wa, wb[:len(wa)]) || sameWords(wa, wb[len(wb)-len(wa):]) {
		return true
	}
	// Spelling of the space: Degasperi is De Gasperi.
	ja, jb := strings.Join(wa, ""), strings.Join(wb, "")
	return len(ja) >= 4 && (strings.HasSuffix(jb, ja) || strings.HasPrefix(jb, ja))
}

func sameWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func nameWords(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.NewReplacer("l'", "l' ", "un'", "un' ").Replace(s)
	w := strings.Fields(s)
	for len(w) > 1 {
		switch w[0] {
		case "il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "un'":
			w = w[1:]
			continue
		}
		break
	}
	return w
}

// CheckNonSpeech runs extract on the documents and returns the non-speech
// spans that come out as quotes (a system quote overlapping one by 80%).
func CheckNonSpeech(docs []QuoteDoc, spans []NonSpeechSpan, extract QuoteExtractor) []NonSpeechSpan {
	byID := map[string]string{}
	for _, d := range docs {
		byID[d.ID] = d.Text
	}
	cache := map[string][]SystemQuote{}
	var out []NonSpeechSpan
	for _, sp := range spans {
		text, ok := byID[sp.ID]
		if !ok {
			continue
		}
		sys, done := cache[sp.ID]
		if !done {
			sys = extract(text)
			cache[sp.ID] = sys
		}
		for _, q := range sys {
			if SpanOverlap(sp.Start, sp.End, q.Start, q.End) >= MinOverlap {
				out = append(out, sp)
				break
			}
		}
	}
	return out
}
