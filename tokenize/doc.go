/*
Package tokenize splits Italian text into tokens and sentences with exact
byte offsets, following the conventions of the Italian Universal Dependencies
treebanks (ISDT, VIT, ParTUT, ParlaMint, PoSTWITA), so that its output can be
compared with them and fed to tools trained on them.

Every token is a span of the input: text[t.Start:t.End] == t.Text, always,
in order and without overlaps; only white space is left between tokens (and
U+FEFF, the byte order mark that some editors write at the start of a file).
The input is never rewritten: use [Normalize] on token texts when matching words
typed with different apostrophes or quotation marks.

# Tokens

The package functions [Tokens], [AppendTokens], [Sentences] and [All] use the
default rules; [New] builds a [Tokenizer] with options. Each token has a
[Kind]:

	Word     parola, dell’, sen., S.p.A., J.
	Number   1.000.000  3,5  24/02/2022  10:30  2°  1ª  '90  43'
	Punct    . , ; : ! ? … ... !!! « » “ ” " ‘ ’ ( ) – —
	Symbol   % € $ & + =, and any invalid UTF-8 byte
	URL      https://example.org/a, www.governo.it, repubblica.it
	Email    mario.rossi@example.it
	Hashtag  #elezioni
	Mention  @Palazzo_Chigi
	Emoji    👍🏽 🇮🇹 👨‍👩‍👧 ❤❤❤ :) <3

# Elision and apostrophes

An elided article, preposition, pronoun or adverb keeps its apostrophe and is
a token of its own, with the straight (') and the typographic (’) apostrophe
alike, exactly as the treebanks split them:

	dell’Ucraina   → dell’ | Ucraina
	l'invasione    → l' | invasione
	un’amicizia    → un’ | amicizia
	c’è            → c’ | è
	dell'11        → dell' | 11

A word that ends with an apostrophe keeps it: po’, mo’, and the accents that
keyboards without them type as apostrophes (perche', e', piu'). An apostrophe
after a word closes a quotation instead when a single quotation mark ('pace')
is open. Names with an inner apostrophe are one token, as the treebanks keep
them: D’Alema, Sant’Egidio, L’Aquila (but Dell'Utri → Dell' | Utri, again as
the treebanks). An elided year ('90) and minutes (43') are numbers; an
English possessive stays in its word (King's).

# Numbers and symbols

Italian writes the thousands with periods and the decimals with a comma;
1.000.000, 3,5, dates (24/02/2022), times (10:30), law numbers
(633/1941) and sizes (60x60) are one token each. The percent sign and currency signs are
tokens of their own (3,5 | %, € | 5), as are letters glued to digits
(12 | mld, 100 | mila). Ordinals keep their indicator (2°, 1ª, 3º, 1ᵃ). Ranges
split at the hyphen (1990 | - | 1995). Roman numerals (XXIII) are words.

# Abbreviations and acronyms

About 180 abbreviations keep their period and never end a sentence: titles
(on., sen., dep., dott., dott.ssa, prof., sig., avv., ing., mons.), references
(art., artt., pag., cfr., n., cap., vol., fig.), legal forms (d.lgs., d.l.,
S.p.A., s.r.l.) and Latin and English ones (ecc., etc., vs., Mr.); see
[DefaultAbbreviations]. Dotted acronyms (U.S.A., a.C.) and initials (J. F.
Kennedy) stay whole too. Since ecc. and etc. close a list, and often the
sentence, they give up their period before a capitalized word, as the
treebanks do. [WithAbbreviations] adds abbreviations of your own.
Abbreviations that are also ordinary Italian words (ed, fra, mar, all) are
left out, so that a sentence may end with them.

# Hyphens and slashes

The treebanks split compounds of Italian words (Cina | - | Russia,
Emilia | - | Romagna) but keep borrowed compounds that are single words
(e-mail, by-pass, bloc-notes, week-end) and the prefixes ex- and super-
(ex-presidente). Alternatives of one letter stay in their word (e/o,
quelle/i).

# Punctuation and social media

Quotation marks « » “ ” " ‘ ’ and dashes – — are tokens of their own; an
ellipsis, … or ..., is one token, as are runs such as !!!, ?! and ?... and the
pair of apostrophes that tweets use as a quotation mark. URLs, bare domains, e-mail addresses,
#hashtags, @mentions, ASCII emoticons (:) :-( ;) <3 ^^) and emoji sequences
(skin tones, flags, keycaps and ZWJ sequences) are one token each. A
headline cut short before a link keeps its ellipsis (è stato ricevu... http://…),
as PoSTWITA does.

# Sentences

Sentences end at . ! ? … and at paragraph breaks (a blank line), and by
default also at ':' and ';', as the Italian UD treebanks mostly do (ISDT
dev: 34 sentences end at a colon against one colon inside a sentence; VIT
and ParlaMint end at ';' almost always). [WithStrongBreaksOnly] splits at
. ! ? … and paragraph breaks only. The rules:

  - never after an abbreviation or an initial (il sen. Monti, J. F. Kennedy);
  - after a period even before a lower-case word, but not after a number
    that starts the sentence (1028. Nozione dell'utilità.);
  - after an ellipsis only before a capitalized word (a… raggiungere goes on);
  - not at ';' between the short entries of a list (Terni, azioni 300; Ilva,
    azioni 500;);
  - a closing quotation mark or bracket after the final punctuation stays in
    the sentence: …innovativi.” | Si prevede…, and a period right after the
    closing mark ends the sentence instead (…avanti ...". | Il);
  - a short quotation whose sentences the outer sentence continues after the
    closing mark does not split it: Ha detto «Basta. Ora» e se ne è andato;
    «Chi è?» chiese lui;
  - the hashtags, mentions, links and emoji that close a post belong to its
    last sentence (Prova! #elezioni http://t.co/x), and a colon right after
    a mention introduces the post (RT @user: …).

Headlines without final punctuation that run into the next sentence cannot
be told apart.

# Accuracy

Measured with the CoNLL 2018 shared task scores (spans compared by offsets,
`tribuna eval ud`) on documents of 20 sentences joined by a space, the
default rules reach a token F1 of 99.9 on ISDT, VIT and ParlaMint, 100 on
ParTUT and 99.6 on PoSTWITA, and a sentence F1 of 98.5 on ISDT, 99.8 on
VIT, 100 on ParTUT (99.5 on its train file) and 95.3 on ParlaMint.

ParlaMint's Senate debates end a sentence at 19 of the 25 colons before a
lower-case word, and go on at the 6 where a noun phrase or an infinitive
spells out the clause before (hanno questo scopo: stabilire un termine
rigido); ISDT and ParTUT end the sentence before such phrases as well (nella
6X: la sesta estinzione di massa; una scelta semplice: mantenere forti
controlli), so no rule on the text can follow both, and the default follows
the majority. Those 6 colons, 2 of the 4 before a quoted title (titolo:
«Modifiche alla legge…»), 1 semicolon and 2 headings that the evaluation
text runs into the next sentence (Verifica del numero legale Invito il
senatore…) are all of ParlaMint's errors; the 8 colons alone would lift it
to 98.9.

PoSTWITA counts a whole tweet as one sentence, and each tweet is evaluated
as a document of its own. 330 of its 670 tweets come out as one sentence
(F1 35.4; 48.5 with [WithStrongBreaksOnly]); the others hold several
sentences by the rules of the other treebanks (Bersani leader de che? La
formazione del governo…), which PoSTWITA does not split.

# Performance

The scanner works on bytes, with a fast path for plain words of ASCII and
Latin-1 letters and table lookups elsewhere; there are no regular
expressions, and every rule looks at a bounded window, so time is linear in
the input. [All] allocates nothing. [Tokens] allocates its result once,
sized from the typical density of Italian text (a token per 5.7 bytes): a
Token takes 40 bytes, so a megabyte of news yields 7.4 MB of tokens, and
allocating, zeroing and garbage-collecting them costs more than finding
them. Tokens therefore allocates first and scans into a buffer without
pointers (kept for the next call, at most 3 MB), so that the collection its
allocation starts can finish before the tokens, which point into the text,
are written. [AppendTokens] writes into a slice that the caller passes back
for the next text, and then allocates nothing either. A [Tokenizer] is
immutable and safe for concurrent use.
*/
package tokenize
