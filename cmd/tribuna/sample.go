package main

import "github.com/tribuna-nlp/tribuna/internal/sample"

func sampleArticle() string { return sample.Article }
