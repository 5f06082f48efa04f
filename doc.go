// Package tribuna analyzes Italian political and news text: sentences and
// tokens with exact byte offsets, Snowball stems, mentions of people, places
// and organizations linked to canonical entries, and quotations with who
// said them. It is pure Go: no model to download, no Python, no cgo.
//
// # The pipeline
//
// Analyze runs every step on a text and returns a Document:
//
//	d := tribuna.Analyze(text)
//	for _, q := range d.Quotes {
//		fmt.Println(q.Kind, q.Speakers, q.Cue, q.Text)
//	}
//
// An Analyzer built with New fixes the options (a gazetteer of one's own,
// which steps to run) and is safe for concurrent use: build one and share it
// between goroutines. Analyze uses a default Analyzer built on first use.
//
// Every span in a Document (sentence, token, entity, quote, speaker mention)
// carries UTF-8 byte offsets into Document.Text, end exclusive, and
// Text[Start:End] is exactly the span's text: the input is never rewritten.
// A Document marshals to the JSON that the tribuna command prints.
//
// # Speed
//
// On one core, Analyze handles news at about half the speed at which
// rivo/uniseg merely segments the same text into words (around 20 MB/s on the
// machines this was measured on; see BenchmarkAnalyze and bench/). Most of
// what it allocates is its output: the tokens and stems of the Document. A
// program that analyzes many documents spends a fifth of its time collecting
// that garbage while the embedded gazetteer sits in the heap; raising GOGC
// (debug.SetGCPercent(400), as the tribuna command does) buys most of it back
// for a few tens of megabytes.
//
// # The packages
//
// Each step is a package that can be used alone:
//
//   - tokenize: Italian tokens and sentences, following the Italian Universal
//     Dependencies treebanks: elided articles and prepositions as tokens of
//     their own (dell’ + Ucraina), Italian numbers and dates, abbreviations
//     (on., sen., S.p.A.) that never end a sentence, « » and “ ” quotation
//     marks, URLs, hashtags, mentions and emoji of political tweets.
//   - stem: the Snowball Italian stemmer, exact on Snowball's vocabulary, with
//     the Snowball stop words and a memoizing Stemmer for running text.
//   - entities: an embedded gazetteer of the people, places and organizations
//     of Italian and world politics, matched over tokens; demonyms (cinese →
//     Cina), role mentions (il presidente cinese → Xi Jinping), names no list
//     holds, and partial names referring back to full ones.
//   - quotes: direct, partial and indirect quotations, with their speakers
//     linked to entities, the speech verb, the addressee and the source.
//
// Data flows one way: tokenize is used by entities, entities by quotes, and
// all of them by this package.
//
// # The command
//
// cmd/tribuna runs the pipeline from the shell: with no arguments it
// summarizes an embedded sample article; `tribuna analyze` writes text, JSON,
// JSON Lines or a self-contained HTML page, and streams JSON Lines batches on
// several cores in input order; `tribuna eval` scores the packages on the
// Universal Dependencies, KIND and quotation data sets.
package tribuna
