// Package sample embeds the sample article that the command analyzes when it
// is given no input, and that every package's tests are built on. This is
// the repository's one copy of it; its gold annotations are in
// testdata/gold.
package sample

import _ "embed"

// Article is the sample news article (Italian, 4661 bytes, 22 sentences).
//
//go:embed article.txt
var Article string
