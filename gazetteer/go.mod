module github.com/tribuna-nlp/tribuna/gazetteer

go 1.23.0

replace github.com/tribuna-nlp/tribuna => ../

require github.com/tribuna-nlp/tribuna v0.0.0

require golang.org/x/text v0.28.0 // indirect
