package stem

import (
	"testing"

	"github.com/kljensen/snowball/snowballword"
	"github.com/stretchr/testify/assert"
)

// prepared returns the word after the prelude, with its regions marked.
func prepared(word string) *snowballword.SnowballWord {
	w := snowballword.New(word)
	prelude(w)
	markRegions(w)
	return w
}

func TestPrelude(t *testing.T) {
	tests := []struct{ in, want string }{
		{"perché", "perchè"},
		{"qualità", "qUalità"},
		{"acqua", "acqUa"},
		{"aiuole", "aIuole"}, // I is no vowel, so the u after it stays
		{"guaio", "guaIo"},
		{"áéíóú", "àèìòù"},
		{"colloqui", "colloqUi"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			w := snowballword.New(tc.in)
			prelude(w)
			assert.Equal(t, tc.want, w.String())
		})
	}
}

func TestRegions(t *testing.T) {
	tests := []struct{ word, rv, r1, r2 string }{
		{"nazioni", "ioni", "ioni", "i"},
		{"divano", "o", "ano", "o"},
		{"diva", "a", "a", ""},
		{"banche", "che", "che", ""},
		{"aereo", "eo", "eo", ""}, // two vowels: after the next consonant
		{"statunitense", "tunitense", "unitense", "itense"},
		{"acqua", "", "qUa", ""}, // qU is a consonant
		{"ab", "", "", ""},       // too short for RV
		{"x", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			w := prepared(tc.word)
			assert.Equal(t, tc.rv, w.RVString(), "RV")
			assert.Equal(t, tc.r1, w.R1String(), "R1")
			assert.Equal(t, tc.r2, w.R2String(), "R2")
		})
	}
}

func TestSteps(t *testing.T) {
	tests := []struct {
		step     string
		run      func(*snowballword.SnowballWord)
		in, want string
	}{
		{"0", step0, "guardandogli", "guardando"},
		{"0", step0, "accomodarci", "accomodare"},
		{"0", step0, "portandoglielo", "portando"},
		{"0", step0, "legami", "legami"}, // lega is no gerund or infinitive
		{"1", func(w *snowballword.SnowballWord) { step1(w) }, "rigenerazione", "rigener"},
		{"1", func(w *snowballword.SnowballWord) { step1(w) }, "metodologia", "metodolog"},
		{"1", func(w *snowballword.SnowballWord) { step1(w) }, "psicologia", "psicologia"}, // logia starts before R2
		{"1", func(w *snowballword.SnowballWord) { step1(w) }, "esistenza", "esistente"},
		{"1", func(w *snowballword.SnowballWord) { step1(w) }, "relazione", "relazione"},
		{"2", step2, "incontravano", "incontr"},
		{"2", step2, "rigenerare", "rigener"},
		{"2", step2, "arono", "arono"}, // RV empty: nothing fits
		{"3a", step3a, "amici", "amic"},
		{"3a", step3a, "ufficio", "uffic"},
		{"3a", step3a, "città", "citt"},
		{"3b", step3b, "banch", "banc"},
		{"3b", step3b, "alghe", "alghe"},
		{"3b", step3b, "algh", "algh"}, // RV is empty
		{"3b", step3b, "fungh", "fung"},
	}
	for _, tc := range tests {
		t.Run(tc.step+"/"+tc.in, func(t *testing.T) {
			w := prepared(tc.in)
			tc.run(w)
			assert.Equal(t, tc.want, w.String())
		})
	}
}

func TestStep1ReportsRemoval(t *testing.T) {
	assert.True(t, step1(prepared("rigenerazione")))
	assert.False(t, step1(prepared("relazione")), "azione starts before R2")
	assert.False(t, step1(prepared("lavorare")), "no standard suffix")
}
