module github.com/tribuna-nlp/tribuna

go 1.23.0

require (
	github.com/kljensen/snowball v0.10.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.28.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
