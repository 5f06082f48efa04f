// Package tokenize splits Italian text into tokens and sentences with exact
// byte offsets, following the conventions of the Italian Universal
// Dependencies treebanks (ISDT, VIT, ParTUT, ParlaMint, PoSTWITA).
//
// Every token is a span of the input: text[t.Start:t.End] == t.Text, always.
// The input is never rewritten; use [Normalize] on token texts when matching.
//
// # Italian specifics
//
// Elision. An elided article, preposition or pronoun keeps its apostrophe
// and is a token of its own, with the straight (') and the typographic (’)
// apostrophe alike: dell’Ucraina → dell’ + Ucraina, l'invasione → l' +
// invasione, c’è → c’ + è. A word that ends in an apostrophe before a space
// keeps it: po’, and the accents that keyboards without them type as
// apostrophes (perche', e'). Names with an inner apostrophe stay whole as
// the treebanks keep them: D’Alema, Sant’Egidio, L’Aquila.
//
// Numbers. 1.000.000, 3,5, 24/02/2022 and 10:30 are one token each; the
// percent and currency signs are tokens of their own (3,5 + %); ordinals
// keep their indicator (2°, 1ª); ranges split at the hyphen (1990 - 1995).
// Roman numerals are words.
//
// Abbreviations. About 200 Italian abbreviations keep their period and never
// end a sentence: titles (on., sen., dott., prof., sig.), references (art.,
// pag., cfr., n.), Latin and English ones (ecc., etc.); dotted acronyms
// (S.p.A., U.S.A., a.C., d.lgs.) and initials before a capitalized word
// (J. F. Kennedy) too. [WithAbbreviations] adds more.
//
// Punctuation. Quotation marks « » “ ” " ‘ ’ and dashes – — are tokens of
// their own; … and ... are one token, as are runs such as !!! and ?!.
//
// Social media. URLs, e-mail addresses, #hashtags, @mentions, emoticons
// such as :) and emoji sequences (flags, skin tones, ZWJ sequences) are one
// token each.
//
// # Sentences
//
// Sentences end at . ! ? … and at paragraph breaks (a blank line) and, by
// default, also at ':' and ';', as the Italian UD treebanks mostly do;
// [WithStrongBreaksOnly] turns that off. A sentence never ends after an
// abbreviation or an initial, nor at … followed by a lower-case word. A
// closing quotation mark after the final period stays in its sentence
// (…innovativi.” then Si prevede…), and a quoted sentence inside «…» that the
// outer sentence continues after the closing mark does not split it.
//
// # Performance
//
// The scanner works on bytes with an ASCII fast path and table lookups, in
// linear time; [All] allocates nothing per token and [Tokens] allocates its
// result once.
package tokenize
