package quotes

import (
	"sync"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/hook"
	"github.com/tribuna-nlp/tribuna/internal/wordtable"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// Kind is the kind of a reported utterance.
type Kind string

// The kinds of quotes.
const (
	Direct   Kind = "direct"   // quoted words that stand as a sentence or clause of their own
	Partial  Kind = "partial"  // a quoted fragment inside the narrator's sentence
	Indirect Kind = "indirect" // a speech verb + che / di + infinitive, without quotation marks
)

// Span is a stretch of the input text: text[Start:End] == Text.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Speaker is who uttered a quote: a canonical name, and the entity id when
// the gazetteer knows the person or organization. A speaker named only by
// a role phrase keeps the phrase as Name and takes the ID of the person
// the role resolved to, if any.
type Speaker struct {
	Name string `json:"name"`
	ID   string `json:"id"`
}

// Quote is one reported utterance. Start and End are byte offsets of its
// content without the quotation marks (for indirect quotes: the reported
// clause without the complementizer), text[Start:End] == Text.
type Quote struct {
	Text      string    `json:"text"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Kind      Kind      `json:"kind"`
	Cue       string    `json:"cue"`                 // the speech verb phrase as written (ha detto, Secondo), "" when there is none
	Speakers  []Speaker `json:"speakers"`            // empty when the text does not say
	Mention   *Span     `json:"speaker_mention"`     // the span naming the speaker nearest to the cue; nil when the subject is dropped
	Addressee string    `json:"addressee,omitempty"` // whom the words are addressed to (ha detto Xi a Putin)
	Source    string    `json:"source,omitempty"`    // who reports the words (secondo i media statali cinesi)
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithGazetteer links speakers through g instead of entities.Default().
func WithGazetteer(g *entities.Gazetteer) Option { return func(e *Extractor) { e.gaz = g } }

// WithoutGazetteer links no entities: speakers are named as the text names
// them, with no ids, and Extract skips the entity search (faster).
func WithoutGazetteer() Option { return func(e *Extractor) { e.noGaz = true } }

// WithTokenizer tokenizes with t instead of the default tokenizer.
func WithTokenizer(t *tokenize.Tokenizer) Option { return func(e *Extractor) { e.tok = t } }

// Extractor finds quotes with fixed options. It holds no per-document state:
// one Extractor is safe for concurrent use by many goroutines.
type Extractor struct {
	gaz   *entities.Gazetteer
	tok   *tokenize.Tokenizer
	noGaz bool
}

// New returns an Extractor; without options it uses the default tokenizer and
// the embedded gazetteer.
func New(opts ...Option) *Extractor {
	e := &Extractor{}
	for _, o := range opts {
		o(e)
	}
	if e.gaz == nil && !e.noGaz {
		e.gaz = entities.Default()
	}
	if e.tok == nil {
		e.tok = tokenize.New()
	}
	return e
}

var defaultExtractor = sync.OnceValue(func() *Extractor { return New() })

// Extract returns the quotes of text in order of Start.
func Extract(text string, opts ...Option) []Quote {
	if len(opts) == 0 {
		return defaultExtractor().Extract(text)
	}
	return New(opts...).Extract(text)
}

// Extract tokenizes text, finds its entity mentions and returns its quotes.
func (e *Extractor) Extract(text string) []Quote {
	toks := e.tok.Tokens(text)
	if e.noGaz {
		return e.ExtractDoc(text, toks, nil)
	}
	// One word table for the entities and the quotes (the entry point the
	// Analyzer uses), instead of one in Find and one in ExtractDoc.
	d := analysisPool.Get().(*analysis)
	tb := &d.buf.table
	tb.Build(text, toks)
	var ments []entities.Mention
	hook.FindEntities(e.gaz, tb, &ments)
	return e.extract(d.analyze(tb, ments, e.gaz))
}

// ExtractDoc returns the quotes of text from tokens and entity mentions already
// computed (toks as tokenize returns them for text, mentions as
// entities.Gazetteer.Find returns them), so that a pipeline does not tokenize
// twice. Sentences are not taken: quotes need sentence limits that ignore the
// punctuation inside quotation marks, which the extractor computes itself.
// mentions may be nil; speakers are then named by the text that names them.
func (e *Extractor) ExtractDoc(text string, toks []tokenize.Token, mentions []entities.Mention) []Quote {
	return e.extract(analyze(text, toks, mentions, e.gazetteer()))
}

func init() {
	hook.ExtractQuotes = func(e any, tb *wordtable.Table, ments, roles any, out any) {
		x := e.(*Extractor)
		*out.(*[]Quote) = x.extract(analyzeTable(tb, *ments.(*[]entities.Mention), *roles.(*[]entities.Mention), x.gazetteer()))
	}
}

// gazetteer is the gazetteer that resolves role phrases (il presidente
// cinese, la premier) to the people the document mentions, once, when a
// speaker is first named by one; nil without one.
func (e *Extractor) gazetteer() *entities.Gazetteer {
	if e.noGaz {
		return nil
	}
	return e.gaz
}

// extract runs the patterns on the analysis d (words, marks, sentences,
// names: analysis.go) and releases it.
func (e *Extractor) extract(d *analysis) []Quote {
	defer d.release()
	marked, speech := d.directQuotes()   // the marked quotes, through the patterns (attribute.go)
	reported := d.indirectQuotes(speech) // speech verb + che / di (indirect.go)
	all := d.allQuotes(marked, reported)
	d.resolve(all) // speakers and mentions, in document order (resolve.go)
	out := make([]Quote, len(all))
	for i := range all {
		out[i] = all[i].q
	}
	return out
}
