// Package word is the word layer: how every package reads a word, so that
// the tokenizer, the stemmer, the gazetteer and the quote rules agree.
//
//   - The apostrophes: the one set of the ways Italian's elision apostrophe
//     is typed (' ’ ‘ ʼ ` ´), read through IsApostrophe and ApostropheAt.
//   - Keys: Fold writes the form in which a word is looked up (lower case,
//     every apostrophe as ', composed accents, which Italian keeps apart:
//     e and è); Scan folds a token once and gives its key's hash (Hash) and
//     its shape (Flags: capitalized, all capitals, elided, a year …).
//   - The lexicon: one table of the Italian words the packages know by
//     heart, the closed classes of grammar (the Grammar column, GrammarWords)
//     and each package's cue words in a column of its own (Define, Lookup),
//     found with one probe by the hash that Scan computed.
//
// Package wordtable builds a document's table of these facts, token by
// token, once per document.
package word
