package stem

import (
	"github.com/tribuna-nlp/tribuna/internal/hook"
	"github.com/tribuna-nlp/tribuna/internal/wordtable"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

func init() {
	hook.Stems = func(s any, tb *wordtable.Table, stemStop bool, out []string) {
		st := s.(*Stemmer)
		for i := range tb.Tokens {
			if tb.Tokens[i].Kind != tokenize.Word {
				continue
			}
			if k := tb.Keys[i]; len(k) <= maxCachedLen {
				out[i] = st.stemHashed(k, tb.Words[i].Hash, stemStop)
			} else {
				out[i] = Stem(k, stemStop)
			}
		}
	}
}
