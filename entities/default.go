package entities

import (
	"embed"
	"errors"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// loadDefault parses every embedded .tsv file in name order (extra.tsv last,
// so that it only adds to the others); bad lines are skipped and reported in
// the error, which only the tests look at.
func loadDefault() (*Gazetteer, error) {
	paths, _ := fs.Glob(dataFS, "data/*.tsv")
	sort.Slice(paths, func(i, j int) bool {
		ei, ej := strings.HasSuffix(paths[i], "/extra.tsv"), strings.HasSuffix(paths[j], "/extra.tsv")
		if ei != ej {
			return ej
		}
		return paths[i] < paths[j]
	})
	b := newBuilder()
	var errs []error
	for _, p := range paths {
		data, err := dataFS.ReadFile(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		es, err := parse(string(data), true)
		if err != nil {
			errs = append(errs, errors.New(p+": "+err.Error()))
		}
		for _, e := range es {
			b.add(e)
		}
	}
	return b.build(), errors.Join(errs...)
}

type defaultResult struct {
	g   *Gazetteer
	err error
}

var defaultOnce = sync.OnceValue(func() defaultResult {
	g, err := loadDefault()
	return defaultResult{g, err}
})

// Default returns the embedded gazetteer (data/*.tsv), loaded once on first
// use. It is shared: extend it with With or Merge, which return new ones.
func Default() *Gazetteer { return defaultOnce().g }
