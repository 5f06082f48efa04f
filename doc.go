// Package tribuna analyzes Italian political and news text: sentences and
// tokens with byte offsets, stems, entities and quotations with their speakers.
//
// The work is done by four packages that can be used alone:
//
//   - tokenize: Italian tokens and sentences with byte offsets.
//   - stem: the Snowball Italian stemmer and stop words.
//   - entities: gazetteers of people, places and organizations, with linking.
//   - quotes: direct, partial and indirect quotations and their speakers.
package tribuna
