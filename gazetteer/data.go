package gazetteer

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/tl-project/tl/timeline"
)

// data holds the embedded data files; see data/README.md for their formats.
//
//go:embed data/*.tsv data/*.jsonl data/*.txt
var data embed.FS

// Embedded builds a new gazetteer from the embedded data. Each call builds
// a private copy (a few milliseconds); Default shares one.
func Embedded() (*Gazetteer, error) {
	g := New()
	if err := g.loadFS(data); err != nil {
		return nil, err
	}
	return g, nil
}

// loadFS loads the data files of fsys in dependency order: the stop-list
// first (derived person keys consult it), then countries, cities,
// organisations, demonyms, metonyms, role phrases and people.
func (g *Gazetteer) loadFS(fsys fs.FS) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	steps := []struct {
		file     string
		optional bool
		load     func([]byte) error
	}{
		{"data/stoplist.txt", false, g.loadStoplist},
		{"data/countries.gen.tsv", false, g.loadCountriesGen},
		{"data/countries.tsv", false, g.loadCountries},
		{"data/cities.gen.tsv", false, nil}, // read by loadCities
		{"data/cities.tsv", false, nil},
		{"data/organisations.jsonl", false, g.loadEntities("data/organisations.jsonl")},
		{"data/demonyms.tsv", false, g.loadDemonyms},
		{"data/metonyms.tsv", false, g.loadMetonyms},
		{"data/roles.tsv", false, g.loadRoles},
		{"data/people.jsonl", true, g.loadEntities("data/people.jsonl")},
	}
	files := map[string][]byte{}
	for _, s := range steps {
		b, err := fs.ReadFile(fsys, s.file)
		if err != nil {
			if s.optional && errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return fmt.Errorf("load %s: %w", s.file, err)
		}
		files[s.file] = b
		if s.load == nil {
			if s.file == "data/cities.tsv" {
				if err := g.loadCities(files["data/cities.gen.tsv"], b); err != nil {
					return fmt.Errorf("load cities: %w", err)
				}
			}
			continue
		}
		if err := s.load(b); err != nil {
			return fmt.Errorf("load %s: %w", s.file, err)
		}
	}
	g.dropAmbiguousDerived()
	return nil
}

// eachRow calls fn with the tab-separated fields of every line of b that is
// neither blank nor a # comment, and its 1-based line number. Fields are
// trimmed.
func eachRow(b []byte, minFields int, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if len(f) < minFields {
			return errorf(ErrBadData, "line %d: %d fields, want at least %d", line, len(f), minFields)
		}
		if err := fn(line, f); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
	return sc.Err()
}

// list splits a |-separated field; "" and "-" are empty.
func list(s string) []string {
	if s == "" || s == "-" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func field(f []string, i int) string {
	if i < len(f) && f[i] != "-" {
		return f[i]
	}
	return ""
}

func (g *Gazetteer) loadStoplist(b []byte) error {
	return eachRow(b, 1, func(_ int, f []string) error {
		toks := keyTokens(f[0])
		switch len(toks) {
		case 0:
		case 1:
			if field(f, 1) == "titled" {
				g.titled[toks[0]] = true
				return nil
			}
			g.stop[toks[0]] = true
		default:
			g.stopTrie.insert(toks, hit{id: f[0]})
		}
		return nil
	})
}

// loadCountriesGen reads iso2, iso3, English name, Arabic name (CLDR).
func (g *Gazetteer) loadCountriesGen(b []byte) error {
	return eachRow(b, 4, func(_ int, f []string) error {
		return g.add(timeline.Entity{ID: f[1], Kind: timeline.KindCountry, ISO3: f[1], Name: f[2], NameAR: f[3]})
	})
}

// loadCountries reads the curated overrides: iso3, English display name,
// Arabic display name (each "-" to keep CLDR's, which then becomes an
// alias), and |-separated aliases.
func (g *Gazetteer) loadCountries(b []byte) error {
	return eachRow(b, 2, func(_ int, f []string) error {
		e, ok := g.ents[f[0]]
		if !ok || e.Kind != timeline.KindCountry {
			return errorf(ErrBadData, "unknown country %q", f[0])
		}
		var aliases []string
		if n := field(f, 1); n != "" && n != e.Name {
			aliases = append(aliases, e.Name)
			e.Name = n
			aliases = append(aliases, n)
		}
		if n := field(f, 2); n != "" && n != e.NameAR {
			aliases = append(aliases, e.NameAR)
			e.NameAR = n
			aliases = append(aliases, n)
		}
		aliases = append(aliases, list(field(f, 3))...)
		for _, a := range aliases {
			if a != e.Name && a != e.NameAR && !containsStr(e.Aliases, a) {
				e.Aliases = append(e.Aliases, a)
			}
		}
		g.index(e, aliases, nil)
		return nil
	})
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// genCity is a row of cities.gen.tsv.
type genCity struct {
	id, name, country string
	lat, lon          float64
	capital           bool
	arCLDR            string
	used              bool
}

// loadCities merges the generated coordinates (id, name, iso3, lat, lon,
// population, capital flag, CLDR Arabic name) with the curated city list
// (id, English name, iso3, |-separated Arabic names with the display name
// first, |-separated other aliases, GeoNames name). Generated rows with no
// curated row (capitals) become cities under their GeoNames name.
func (g *Gazetteer) loadCities(gen, cur []byte) error {
	geo := map[string]*genCity{}
	var order []string
	err := eachRow(gen, 8, func(_ int, f []string) error {
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return errorf(ErrBadData, "bad coordinates %q %q", f[3], f[4])
		}
		geo[f[0]] = &genCity{id: f[0], name: f[1], country: f[2], lat: lat, lon: lon, capital: f[6] == "1", arCLDR: field(f, 7)}
		order = append(order, f[0])
		return nil
	})
	if err != nil {
		return err
	}
	err = eachRow(cur, 4, func(_ int, f []string) error {
		ar := list(f[3])
		e := timeline.Entity{ID: f[0], Kind: timeline.KindCity, Name: f[1], Country: f[2]}
		if len(ar) > 0 {
			e.NameAR, e.Aliases = ar[0], ar[1:]
		}
		e.Aliases = append(e.Aliases, list(field(f, 4))...)
		if gc, ok := geo[f[0]]; ok {
			gc.used = true
			e.Lat, e.Lon = gc.lat, gc.lon
			if gc.arCLDR != "" && !containsStr(ar, gc.arCLDR) {
				e.Aliases = append(e.Aliases, gc.arCLDR)
			}
			if gc.capital {
				g.capital[e.Country] = e.ID
			}
		}
		return g.add(e)
	})
	if err != nil {
		return err
	}
	for _, id := range order {
		gc := geo[id]
		if gc.used {
			continue
		}
		if _, dup := g.ents[id]; dup {
			return errorf(ErrBadData, "city id %q is also another entity", id)
		}
		if gc.capital {
			g.capital[gc.country] = id
		}
		if err := g.add(timeline.Entity{ID: id, Kind: timeline.KindCity, Name: gc.name, NameAR: gc.arCLDR, Country: gc.country, Lat: gc.lat, Lon: gc.lon}); err != nil {
			return err
		}
	}
	// A country's coordinates are its capital's.
	for iso, id := range g.capital {
		if c, ok := g.ents[iso]; ok {
			if city, ok := g.ents[id]; ok {
				c.Lat, c.Lon = city.Lat, city.Lon
			}
		}
	}
	return nil
}

func (g *Gazetteer) loadEntities(name string) func([]byte) error {
	return func(b []byte) error { return g.loadJSONL(bytes.NewReader(b), name) }
}

// demonymSuffixes make the inflected forms of a masculine singular
// nisba adjective: feminine, sound plurals and duals.
var demonymSuffixes = []string{"", "ة", "ون", "ين", "ان", "تان", "تين"}

// loadDemonyms reads: entity id, |-separated masculine singular forms (the
// inflections are derived), |-separated further forms taken as they are
// (broken plurals, two-word forms). Each form is indexed with and without
// the article.
func (g *Gazetteer) loadDemonyms(b []byte) error {
	return eachRow(b, 2, func(_ int, f []string) error {
		id := f[0]
		e, ok := g.ents[id]
		if !ok {
			return errorf(ErrBadData, "demonym of unknown entity %q", id)
		}
		var forms []string
		for _, s := range list(f[1]) {
			for _, suf := range demonymSuffixes {
				form := inflect(s, suf)
				forms = append(forms, form, withArticle(form))
			}
		}
		for _, form := range list(field(f, 2)) {
			forms = append(forms, form)
			if !strings.HasPrefix(form, "ال") {
				forms = append(forms, "ال"+form)
			}
		}
		for _, form := range forms {
			g.mentions.insert(keyTokens(form), hit{id: id, via: ViaDemonym, rank: kindRank(e.Kind) + 5})
		}
		return nil
	})
}

// inflect appends a suffix to the last word of a (possibly two-word)
// demonym: "كوري جنوبي" + "ة" = "كورية جنوبية".
func inflect(s, suf string) string {
	words := strings.Fields(s)
	for i := range words {
		words[i] += suf
	}
	return strings.Join(words, " ")
}

// withArticle puts ال before every word: "كوري جنوبي" → "الكوري الجنوبي".
func withArticle(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if !strings.HasPrefix(w, "ال") {
			words[i] = "ال" + w
		}
	}
	return strings.Join(words, " ")
}

// loadMetonyms reads: Arabic phrase, entity id.
func (g *Gazetteer) loadMetonyms(b []byte) error {
	return eachRow(b, 2, func(_ int, f []string) error {
		e, ok := g.ents[f[1]]
		if !ok {
			return errorf(ErrBadData, "metonym %q of unknown entity %q", f[0], f[1])
		}
		g.addMention(f[0], hit{id: f[1], via: ViaMetonym, rank: kindRank(e.Kind) + 3})
		return nil
	})
}

// loadRoles reads: Arabic phrase, role key, comma-separated flags among
// adj (takes a demonym), construct (takes a country, organisation or
// metonym) and bare (a mention on its own).
func (g *Gazetteer) loadRoles(b []byte) error {
	return eachRow(b, 3, func(_ int, f []string) error {
		rp := rolePhrase{role: f[1]}
		for _, fl := range strings.Split(f[2], ",") {
			switch strings.TrimSpace(fl) {
			case "adj":
				rp.adj = true
			case "construct":
				rp.construct = true
			case "bare":
				rp.bare = true
			default:
				return errorf(ErrBadData, "role %q: unknown flag %q", f[0], fl)
			}
		}
		key := f[0] + "\x00" + f[1]
		g.roleInfo[key] = rp
		toks := keyTokens(f[0])
		if len(toks) == 0 {
			return errorf(ErrBadData, "empty role phrase")
		}
		g.roles.insert(toks, hit{id: key})
		return nil
	})
}
