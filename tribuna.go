package tribuna

import (
	"sync"
	"time"

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
	StepStems    Steps = 1 << iota
	StepEntities       // Document.Entities
	StepQuotes
	StepRoles // Document.Roles (finds the entities, which roles resolve against)
	AllSteps  = StepStems | StepEntities | StepQuotes | StepRoles
)

// Document is the analysis of one text. All offsets are UTF-8 byte offsets
// into Text, end exclusive. It marshals to the JSON of the tribuna command.
type Document struct {
	// ID is the caller's name for the document: Analyze leaves it empty,
	// the tribuna command sets it from a JSON line's "id". MarshalJSON
	// writes it when set.
	ID   string
	Text string // the text analyzed, as given: never rewritten
	// Date is the day the text was written, as given to AnalyzeAt or
	// WithDate; zero when not given.
	Date      time.Time
	Sentences []tokenize.Sentence
	Tokens    []tokenize.Token
	// Stems holds one stem per token (the same index); empty for tokens that
	// are not words, and nil when stemming was not run. Stop words are
	// stemmed like any word (della → dell) unless the Analyzer was built
	// WithStemStopWords(false).
	Stems []string
	// Entities are the mentions of people, places and organizations, in text
	// order and never overlapping: by name or alias, found by rules, partial
	// names referring back (coreference), and demonyms (cinese → Cina, Via
	// entities.ViaDemonym). A surname no list holds takes the person a role
	// mention of the document resolves to, when his name ends with it (Magi
	// … il segretario di +Europa: Riccardo Magi). Mentions and Counts leave
	// demonyms out unless asked.
	Entities []entities.Mention
	// Roles are the mentions of people by their office (la premier, il
	// presidente cinese), with Via entities.ViaRole, in text order,
	// resolved to the person who held it at the document's Date (la premier
	// → Giorgia Meloni); a role with no holder known then has an Entry with an empty
	// ID. They are kept apart from Entities because they overlap them (il
	// presidente cinese holds the demonym cinese): Entities stay a flat
	// annotation, as named-entity evaluations expect.
	Roles []entities.Mention
	// Quotes are the quotations, in text order, with their speakers: see
	// quotes.Quote, and the package docs on speakers named by a role.
	Quotes []quotes.Quote
}

// Analyzer runs the pipeline with fixed options. It is immutable once built
// and safe for concurrent use by many goroutines.
type Analyzer struct {
	steps     Steps
	date      time.Time
	stemStop  bool
	tokenizer *tokenize.Tokenizer
	gazetteer *entities.Gazetteer
	tagger    *entities.Tagger
	stemmer   *stem.Stemmer
	quotes    *quotes.Extractor
}

// Option configures an Analyzer.
type Option func(*Analyzer)

// WithGazetteer makes the Analyzer find entities with g instead of entities.Default().
func WithGazetteer(g *entities.Gazetteer) Option { return func(a *Analyzer) { a.gazetteer = g } }

// WithTagger makes the Analyzer find entities with a trained tagger (see
// entities.Tagger): its spans and types, linked to the gazetteer's entries.
func WithTagger(t *entities.Tagger) Option { return func(a *Analyzer) { a.tagger = t } }

// WithTokenizer makes the Analyzer tokenize with t instead of the default tokenizer.
func WithTokenizer(t *tokenize.Tokenizer) Option { return func(a *Analyzer) { a.tokenizer = t } }

// WithSteps selects the steps to run (tokenization always runs).
func WithSteps(s Steps) Option { return func(a *Analyzer) { a.steps = s } }

// WithDate sets the day the texts were written, for the documents that
// AnalyzeAt is not given a date for: role mentions resolve to whoever held
// the office then (la premier is Mario Draghi in 2021, Giorgia Meloni in
// 2023). Without it they resolve by the years the text names, else to whoever
// holds the office today.
func WithDate(date time.Time) Option { return func(a *Analyzer) { a.date = date } }

// WithStemStopWords chooses whether stop words are stemmed (true, the
// default, as Snowball's stemwords does: della → dell) or lower-cased and
// left whole (della), as stem.Stem's second argument does. Either way
// stem.IsStopWord tells them apart.
func WithStemStopWords(stem bool) Option { return func(a *Analyzer) { a.stemStop = stem } }

// New returns an Analyzer. Without options it runs every step with the
// default tokenizer and the embedded gazetteer.
func New(opts ...Option) *Analyzer {
	a := &Analyzer{steps: AllSteps, stemStop: true}
	for _, o := range opts {
		o(a)
	}
	if a.tokenizer == nil {
		a.tokenizer = tokenize.New()
	}
	if a.steps&StepStems != 0 {
		a.stemmer = stem.NewStemmer(stem.DefaultCapacity)
	}
	if a.gazetteer == nil && a.steps&(StepEntities|StepQuotes|StepRoles) != 0 {
		a.gazetteer = entities.Default()
	}
	if a.tagger != nil && a.gazetteer != nil {
		a.gazetteer = a.gazetteer.WithTagger(a.tagger)
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
func (a *Analyzer) Analyze(text string) *Document { return a.AnalyzeAt(text, time.Time{}) }

// AnalyzeAt runs the Analyzer's steps on a text written on date, which
// overrides WithDate (a zero date does not).
//
// The route of text: the tokenizer cuts it into tokens and groups them into
// sentences; the word layer reads every token once (its key, hash, lexicon
// entry and shape: the word table); the gazetteer finds the names on the
// table, and the role mentions around them; the quote extractor reads the
// same table and those names; the stems are made from the table's keys. No
// step goes back to one before it.
func (a *Analyzer) AnalyzeAt(text string, date time.Time) *Document {
	if date.IsZero() {
		date = a.date
	}
	d := &Document{Text: text, Date: date}
	d.Tokens = a.tokenizer.Tokens(text)
	d.Sentences = a.tokenizer.Group(text, d.Tokens) // sentences share d.Tokens
	tb := tables.Get().(*wordtable.Table)
	tb.Build(text, d.Tokens)
	tb.Sentences = d.Sentences
	var ms []entities.Mention // quotes link their speakers to them, roles resolve to them
	if a.steps&(StepEntities|StepQuotes|StepRoles) != 0 {
		hook.FindEntities(a.gazetteer, tb, &ms)
	}
	var roles []entities.Mention // quotes resolve speakers named by a role through them
	if a.steps&(StepEntities|StepRoles|StepQuotes) != 0 && a.gazetteer != nil {
		hook.FindRoles(a.gazetteer, tb, &ms, date, &roles) // and links surnames to the people roles name, or adds them
	}
	if a.steps&StepEntities != 0 {
		d.Entities = ms
	}
	if a.steps&StepRoles != 0 {
		d.Roles = roles
	}
	if a.steps&StepQuotes != 0 {
		hook.ExtractQuotes(a.quotes, tb, &ms, &roles, &d.Quotes)
	}
	if a.steps&StepStems != 0 {
		d.Stems = make([]string, len(d.Tokens))
		hook.Stems(a.stemmer, tb, a.stemStop, d.Stems)
	}
	tb.Release()
	if cap(tb.Words) <= 1<<16 {
		tables.Put(tb) // a huge document's table is not worth keeping
	}
	return d
}

// tables keeps the word tables of documents between calls.
var tables = sync.Pool{New: func() any { return new(wordtable.Table) }}
