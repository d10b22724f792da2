package gazetteer

//go:generate go run ./internal/gen -o data/countries.gen.tsv
//go:generate sh -c "if [ -d internal/gen/node_modules ]; then node internal/gen/geo.mjs; else echo 'gazetteer: skipping geo.mjs (run npm ci in internal/gen to refresh data/cities.gen.tsv)'; fi"
