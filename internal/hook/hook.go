// Package hook holds the internal entry points through which the root
// package hands the document's word table to entities and quotes, so that
// the pipeline reads each token once. Their public functions (Find,
// Extract) build the table themselves; these entry points take the one
// the Analyzer built. Each package sets its hooks when it is initialized.
//
// The parameters typed any are the packages' own types, which this package
// cannot name without an import cycle: the comments say which.
package hook

import (
	"time"

	"github.com/tribuna-nlp/tribuna/internal/wordtable"
)

var (
	// FindEntities sets *out (*[]entities.Mention) to the mentions that
	// gazetteer g (*entities.Gazetteer) finds in the document of tb.
	FindEntities func(g any, tb *wordtable.Table, out any)

	// FindRoles sets *out (*[]entities.Mention) to the role mentions that
	// gazetteer g (*entities.Gazetteer) finds in the document of tb, written on
	// date, whose mentions are *ms (*[]entities.Mention), as RolesAt does;
	// the mentions of *ms that are surnames of the people roles name are
	// linked to them.
	FindRoles func(g any, tb *wordtable.Table, ms any, date time.Time, out any)

	// ExtractQuotes sets *out (*[]quotes.Quote) to the quotes that extractor
	// e (*quotes.Extractor) finds in the document of tb, whose entity mentions
	// are *ments and role mentions *roles (both *[]entities.Mention).
	ExtractQuotes func(e any, tb *wordtable.Table, ments, roles any, out any)

	// Stems sets out[i] to the stem that stemmer s (*stem.Stemmer) gives
	// the key of each word token i of tb, stop words as stemStop says, with
	// the hashes the table has already made.
	Stems func(s any, tb *wordtable.Table, stemStop bool, out []string)
)
