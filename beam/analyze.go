package tribunabeam

import (
	"context"
	"encoding/json"
	"reflect"
	"sync"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/typex"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/beam/aggregate"
)

// Result is what Analyze makes of a PCollection of JSON lines.
type Result struct {
	// Docs holds one string per good line: its document as
	// `tribuna analyze -in jsonl -format jsonl` writes it, without the
	// newline. The strings are large (about 16 times their text): write
	// them from a DoFn fused after Analyze (WriteBundles does) rather than
	// grouping them.
	Docs beam.PCollection
	// Errors holds a LineError for each bad line.
	Errors beam.PCollection
	// Speakers holds KV<string, aggregate.Speaker>: for each speaker (by
	// name) the number of quotes attributed to them across all documents
	// and the entities named inside those quotes.
	Speakers beam.PCollection
	// Entities holds KV<string, aggregate.Entity>: for each entity (by
	// canonical name) the documents that name it and its mentions.
	Entities beam.PCollection
}

// LineError is a line that could not be analyzed: not UTF-8, not JSON, or
// without a "text".
type LineError struct {
	File    string `json:"file,omitempty"` // when the input says it (textio.ReadWithFilename)
	ID      string `json:"-"`              // the line's "id" as written (JSON), when it could be read
	Error   string `json:"error"`
	Excerpt string `json:"excerpt"` // the start of the line, to find it: textio gives no line numbers
}

// MarshalJSON writes the id as the JSON it was in the input.
func (e LineError) MarshalJSON() ([]byte, error) {
	type plain LineError
	b, err := json.Marshal(plain(e))
	if err != nil || e.ID == "" || !json.Valid([]byte(e.ID)) {
		return b, err
	}
	return append(append([]byte(`{"id":`), e.ID...), append([]byte{','}, b[1:]...)...), nil
}

// Analyze analyzes lines, a PCollection of JSON lines {"id": …, "text": …}
// (strings, as textio.Read gives them) or of KV<file, line> (as
// textio.ReadWithFilename gives them, so that errors name the file). Blank
// lines are skipped; a bad line goes to Result.Errors and never fails the
// pipeline. Documents and the per-document counts come out of one fused
// step; only the counts are shuffled, combined per key before the shuffle.
func Analyze(s beam.Scope, lines beam.PCollection) Result {
	s = s.Scope("tribuna.Analyze")
	var docs, speakers, ents, errs beam.PCollection
	if typex.IsKV(lines.Type()) {
		docs, speakers, ents, errs = beam.ParDo4(s, &analyzeFileFn{}, lines)
	} else {
		docs, speakers, ents, errs = beam.ParDo4(s, &analyzeFn{}, lines)
	}
	return Result{
		Docs:     docs,
		Errors:   errs,
		Speakers: beam.CombinePerKey(s.Scope("speakers"), &mergeSpeakers{}, speakers),
		Entities: beam.CombinePerKey(s.Scope("entities"), &mergeEntities{}, ents),
	}
}

// analyzer is the process's one Analyzer: its gazetteer and stemmer cache
// are built once and shared by every DoFn instance and bundle of a worker.
var analyzer = sync.OnceValue(func() *tribuna.Analyzer { return tribuna.New() })

// lineAnalyzer analyzes one line and emits its outputs.
type lineAnalyzer struct {
	an  *tribuna.Analyzer
	buf []byte
}

func (a *lineAnalyzer) setup() { a.an = analyzer() }

// Counters, reported by the runner (and printed by tribuna-beam).
var (
	documentsAnalyzed = beam.NewCounter("tribuna", "documents")
	linesRejected     = beam.NewCounter("tribuna", "bad_lines")
	textBytes         = beam.NewCounter("tribuna", "text_bytes")
)

func (a *lineAnalyzer) process(ctx context.Context, file, line string, doc func(string), speaker func(string, aggregate.Speaker), entity func(string, aggregate.Entity), bad func(LineError)) {
	if isBlank(line) {
		return
	}
	l, err := decodeLine([]byte(line))
	if err != nil {
		linesRejected.Inc(ctx, 1)
		bad(LineError{File: file, ID: string(l.id), Error: err.Error(), Excerpt: excerpt(line)})
		return
	}
	d := a.an.AnalyzeAt(l.text, l.date)
	a.buf = appendDocument(a.buf[:0], d, l.id)
	doc(string(a.buf))
	documentsAnalyzed.Inc(ctx, 1)
	textBytes.Inc(ctx, int64(len(l.text)))
	if cap(a.buf) > 16<<20 {
		a.buf = nil // one huge document must not pin its buffer for the whole bundle
	}
	sp, en := aggregate.FromDocument(d)
	for _, s := range sp {
		speaker(s.Name, s)
	}
	for _, e := range en {
		entity(e.Name, e)
	}
}

// analyzeFn analyzes lines given as strings.
type analyzeFn struct{ a lineAnalyzer }

func (f *analyzeFn) Setup() { f.a.setup() }

func (f *analyzeFn) ProcessElement(ctx context.Context, line string, doc func(string), speaker func(string, aggregate.Speaker), entity func(string, aggregate.Entity), bad func(LineError)) {
	f.a.process(ctx, "", line, doc, speaker, entity, bad)
}

// analyzeFileFn analyzes lines given as KV<file, line>.
type analyzeFileFn struct{ a lineAnalyzer }

func (f *analyzeFileFn) Setup() { f.a.setup() }

func (f *analyzeFileFn) ProcessElement(ctx context.Context, file, line string, doc func(string), speaker func(string, aggregate.Speaker), entity func(string, aggregate.Entity), bad func(LineError)) {
	f.a.process(ctx, file, line, doc, speaker, entity, bad)
}

// isBlank reports whether line holds only JSON white space, as the command
// skips such lines.
func isBlank(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ', '\t', '\r', '\n', '\v', '\f':
		default:
			return false
		}
	}
	return true
}

// excerpt is the start of a bad line, valid UTF-8, at most about 80 bytes.
func excerpt(line string) string {
	const max = 80
	if len(line) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		line = line[:cut] + "…"
	}
	return string([]rune(line)) // invalid bytes become U+FFFD
}

// mergeSpeakers combines the speaker counts of documents.
type mergeSpeakers struct{}

func (mergeSpeakers) MergeAccumulators(a, b aggregate.Speaker) aggregate.Speaker {
	a.Merge(b)
	return a
}

// mergeEntities combines the entity counts of documents.
type mergeEntities struct{}

func (mergeEntities) MergeAccumulators(a, b aggregate.Entity) aggregate.Entity {
	a.Merge(b)
	return a
}

func init() {
	register.DoFn6x0[context.Context, string, func(string), func(string, aggregate.Speaker), func(string, aggregate.Entity), func(LineError)](&analyzeFn{})
	register.DoFn7x0[context.Context, string, string, func(string), func(string, aggregate.Speaker), func(string, aggregate.Entity), func(LineError)](&analyzeFileFn{})
	register.Emitter1[string]()
	register.Emitter2[string, aggregate.Speaker]()
	register.Emitter2[string, aggregate.Entity]()
	register.Emitter1[LineError]()
	register.Combiner1[aggregate.Speaker](&mergeSpeakers{})
	register.Combiner1[aggregate.Entity](&mergeEntities{})
	beam.RegisterType(reflect.TypeOf((*LineError)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*aggregate.Speaker)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*aggregate.Entity)(nil)).Elem())
}
