package entities

import (
	"embed"
	"sync"
)

//go:generate sh -c "cd ../gazetteer && go run ./cmd/gen"

// gazetteerTSV is the default gazetteer, generated from the hand-written
// entries and the open data of the repository's gazetteer directory (see
// data/README.md). Parsing it as a string makes every name a substring of
// the binary's read-only data rather than a copy on the heap.
//
//go:embed data/gazetteer.tsv
var gazetteerTSV string

//go:embed data/*.txt
var dataFS embed.FS

// loadDefault parses the embedded gazetteer; bad lines are skipped and
// reported in the error, which only the tests look at.
func loadDefault() (*Gazetteer, error) {
	es, err := parse(gazetteerTSV, true)
	b := newBuilderSized(len(es))
	for _, e := range es {
		b.addMerged(e)
	}
	return b.build(), err
}

type defaultResult struct {
	g   *Gazetteer
	err error
}

var defaultOnce = sync.OnceValue(func() defaultResult {
	g, err := loadDefault()
	return defaultResult{g, err}
})

// Default returns the embedded gazetteer (data/gazetteer.tsv), loaded once
// on first use. It is shared: extend it with With or Merge, which return new
// ones.
func Default() *Gazetteer { return defaultOnce().g }
