package tribuna

import (
	"sync"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/hook"
	"github.com/tribuna-nlp/tribuna/internal/wordtable"
	"github.com/tribuna-nlp/tribuna/quotes"
	"github.com/tribuna-nlp/tribuna/stem"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// Steps selects the analysis steps an Analyzer runs beyond tokenization,
// which always runs.
type Steps uint8

// The optional steps. AllSteps is the default.
const (
	StepStems Steps = 1 << iota
	StepEntities
	StepQuotes
	AllSteps = StepStems | StepEntities | StepQuotes
)

// Document is the analysis of one text. All offsets are UTF-8 byte offsets
// into Text, end exclusive. It marshals to the JSON of the tribuna command.
type Document struct {
	ID        string
	Text      string
	Sentences []tokenize.Sentence
	Tokens    []tokenize.Token
	// Stems holds one stem per token (the same index); empty for tokens that
	// are not words, and nil when stemming was not run.
	Stems    []string
	Entities []entities.Mention
	Quotes   []quotes.Quote
}

// Analyzer runs the pipeline with fixed options. It is immutable once built
// and safe for concurrent use by many goroutines.
type Analyzer struct {
	steps     Steps
	tokenizer *tokenize.Tokenizer
	gazetteer *entities.Gazetteer
	stemmer   *stem.Stemmer
	quotes    *quotes.Extractor
}

// Option configures an Analyzer.
type Option func(*Analyzer)

// WithGazetteer makes the Analyzer find entities with g instead of entities.Default().
func WithGazetteer(g *entities.Gazetteer) Option { return func(a *Analyzer) { a.gazetteer = g } }

// WithTokenizer makes the Analyzer tokenize with t instead of the default tokenizer.
func WithTokenizer(t *tokenize.Tokenizer) Option { return func(a *Analyzer) { a.tokenizer = t } }

// WithSteps selects the steps to run (tokenization always runs).
func WithSteps(s Steps) Option { return func(a *Analyzer) { a.steps = s } }

// New returns an Analyzer. Without options it runs every step with the
// default tokenizer and the embedded gazetteer.
func New(opts ...Option) *Analyzer {
	a := &Analyzer{steps: AllSteps}
	for _, o := range opts {
		o(a)
	}
	if a.tokenizer == nil {
		a.tokenizer = tokenize.New()
	}
	if a.steps&StepStems != 0 {
		a.stemmer = stem.NewStemmer(stem.DefaultCapacity)
	}
	if a.gazetteer == nil && a.steps&(StepEntities|StepQuotes) != 0 {
		a.gazetteer = entities.Default()
	}
	if a.steps&StepQuotes != 0 {
		a.quotes = quotes.New(quotes.WithGazetteer(a.gazetteer), quotes.WithTokenizer(a.tokenizer))
	}
	return a
}

var defaultAnalyzer = sync.OnceValue(func() *Analyzer { return New() })

// Analyze runs the whole pipeline on text with the default Analyzer.
func Analyze(text string) *Document { return defaultAnalyzer().Analyze(text) }

// Analyze runs the Analyzer's steps on text.
//
// The route of text: the tokenizer cuts it into tokens and groups them into
// sentences; the word layer reads every token once (its key, hash, lexicon
// entry and shape: the word table); the gazetteer finds the names on the
// table; the quote extractor reads the same table and those names; the
// stems are made from the table's keys. No step goes back to one before it.
func (a *Analyzer) Analyze(text string) *Document {
	d := &Document{Text: text}
	d.Tokens = a.tokenizer.Tokens(text)
	d.Sentences = a.tokenizer.Group(text, d.Tokens) // sentences share d.Tokens
	tb := tables.Get().(*wordtable.Table)
	tb.Build(text, d.Tokens)
	if a.steps&StepEntities != 0 {
		hook.FindEntities(a.gazetteer, tb, &d.Entities)
	}
	if a.steps&StepQuotes != 0 {
		hook.ExtractQuotes(a.quotes, tb, &d.Entities, &d.Quotes)
	}
	if a.steps&StepStems != 0 {
		d.Stems = make([]string, len(d.Tokens))
		for i := range d.Tokens {
			if d.Tokens[i].Kind == tokenize.Word {
				d.Stems[i] = a.stemmer.Stem(tb.Words[i].Key, true)
			}
		}
	}
	tb.Release()
	if cap(tb.Words) <= 1<<16 {
		tables.Put(tb) // a huge document's table is not worth keeping
	}
	return d
}

// tables keeps the word tables of documents between calls.
var tables = sync.Pool{New: func() any { return new(wordtable.Table) }}
