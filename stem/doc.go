// Package stem is the Snowball Italian stemmer, built on
// github.com/kljensen/snowball's snowballword and romance packages the way
// that library builds its Spanish and French stemmers, with the Snowball
// Italian stop-word list.
//
// It follows the current Snowball algorithm (snowballstem.org,
// algorithms/italian) and gives exactly Snowball's stem for every one of the
// 35,495 words of the official sample vocabulary, divano → divan included
// (older ports give div, colliding with diva).
//
// # Use
//
//	stem.Stem("nazioni", true)      // nazion
//	stem.Stem("dell’Ucraina", true) // ucrain: the elided article goes
//	stem.Stem("della", false)       // della: a stop word, left whole
//	var s stem.Stemmer              // for running text: remembers the stems it computed
//	s.Stem("legami", true)          // legam
//
// # The algorithm
//
// One file per step, each to be read against the published algorithm:
//
//   - prelude.go: acute accents become grave (perché → perchè); u after q,
//     and u or i between two vowels, are marked as consonants (qU, aIuola).
//   - regions.go: R1 is the region after the first consonant that follows a
//     vowel, R2 the same inside R1. RV, the Romance region: after the next
//     vowel when the second letter is a consonant, after the next consonant
//     when the word starts with two vowels, otherwise after the third letter;
//     and after "divan" for words that start so.
//   - step0.go: an enclitic pronoun after a gerund or infinitive in RV
//     (guardandogli → guardando, accomodarci → accomodare).
//   - step1.go: standard suffixes, each with its region (azione in R2,
//     amento in RV, amente in R1 …), some with a second suffix before them.
//   - step2.go: only if step 1 removed nothing, verb endings inside RV.
//   - step3a.go, step3b.go: a final vowel (and an i before it) in RV, then
//     ch/gh → c/g, so that banca and banche both give banc.
//   - postlude.go: the marked U and I become u and i again.
//
// Every suffix search takes the longest listed suffix, as Snowball's among
// does; the lists are kept in reversed tries (suffixes.go).
//
// # Real text
//
// Stem takes words as they come from text: it trims surrounding space,
// replaces invalid UTF-8 with U+FFFD, lower-cases with full Unicode (CITTÀ →
// città), composes decomposed accents to NFC, and strips an elided article,
// preposition or clitic, written with ' or ’: dell'Ucraina → ucrain,
// l'amico → amic, c'è → è. The elided words dropped are those search
// engines drop (l, un, d, dell, all, dall, nell, sull, coll, pell, gl and its
// fusions, c, m, t, s, v) and n, quest, quell, nessun. Words where both parts
// carry meaning, sant'Antonio, are left whole. An apostrophe left at either
// end goes too (dell' → dell, po' → po). The result is always valid UTF-8.
//
// # Stop words
//
// IsStopWord and StopWords give the Snowball Italian stop-word list: articles
// and articulated prepositions (del, dell, nella …), pronouns, possessives,
// common conjunctions and the forms of avere, essere, fare and stare. Stem
// with stemStopWords false returns a stop word lower-cased and unstemmed,
// as github.com/kljensen/snowball's languages do.
//
// # Speed
//
// Stem allocates at most once per word in NFC (a decomposed accent costs
// one or two more), and not at all when the stem is a prefix of the
// lower-case word, which is most of the time. For running text a Stemmer
// remembers stems in a bounded, concurrency-safe memory (an immutable map
// read without locks, republished as new words accumulate, in two
// generations), and answers a word it has seen without allocating.
package stem
