package word

// Flags describe a token's shape, computed while it is folded.
type Flags uint16

// The flags.
const (
	Letter    Flags = 1 << iota // starts with a letter
	Cap                         // starts with an upper-case letter
	AllCaps                     // two letters or more, all upper case (ONU, USA)
	Elided                      // a word that ends with an apostrophe (dell', l', po')
	Inner                       // a hyphen or an apostrophe between two letters inside it (Cina-Russia)
	Digit                       // holds a digit
	YearFlag                    // a year, 1900–2100 (IsYear)
	SentStart                   // a word where a sentence, a paragraph, a quotation or a clause after : ; starts
)

// Word is what the word layer knows of one token besides its key: the
// key's hash and lexicon entry and the token's shape. It holds no pointer,
// so that the garbage collector never scans a document's words.
type Word struct {
	Hash  uint64 // Hash of the key
	ID    ID     // the key's lexicon entry, NoID when no class holds it
	Flags Flags
}

// Is reports whether the word has one of flags f.
func (w *Word) Is(f Flags) bool { return w.Flags&f != 0 }

// Shape returns the flags of s's shape (not SentStart, which depends on
// the tokens before s).
func Shape(s string) Flags {
	var buf [64]byte
	_, _, _, f := Scan(buf[:0], s)
	return f
}
