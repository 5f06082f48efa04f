module github.com/tribuna-nlp/tribuna/bench

go 1.23.0

replace github.com/tribuna-nlp/tribuna => ../

require (
	github.com/blevesearch/snowballstem v0.9.0 // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	github.com/tribuna-nlp/tribuna v0.0.0 // indirect
)
