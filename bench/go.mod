module github.com/tribuna-nlp/tribuna/bench

go 1.23.0

replace github.com/tribuna-nlp/tribuna => ../

require (
	github.com/blevesearch/snowballstem v0.9.0
	github.com/rivo/uniseg v0.4.7
	github.com/tribuna-nlp/tribuna v0.0.0
)

require (
	github.com/kljensen/snowball v0.10.0 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/text v0.28.0 // indirect
)
