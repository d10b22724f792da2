package gen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/tl-project/tl/timeline"
)

// Config says what corpus to generate.
type Config struct {
	// Events is how many events to generate.
	Events int
	// Seed selects the corpus: the same Config gives the same events.
	Seed uint64
	// FromYear and ToYear bound the event dates (inclusive). Zero means
	// 1990 and 2026.
	FromYear, ToYear int
}

// Today is the day the synthetic world considers the present: events
// after it are planned.
var Today = timeline.DayOf(2026, time.November, 25)

// Shares of the generated corpus. They are fixed, so that a corpus is a
// function of Config alone.
var (
	// typeWeights are the weights of summit, meeting, visit, call and
	// agreement.
	typeWeights = []float64{0.10, 0.35, 0.20, 0.20, 0.15}
	// partyWeights are the weights of 1, 2, 3 and 4 parties.
	partyWeights = []float64{0.08, 0.66, 0.16, 0.10}
	// sourceWeights are the weights of 1, 2 and 3 sources.
	sourceWeights = []float64{0.6, 0.3, 0.1}
)

// Precision shares: day 80%, month 15%, year 5%.
const (
	shareDay   = 0.80
	shareMonth = 0.15
	// multiDay is the share of day-precision events that span 2-3 days.
	multiDay = 0.08
	// personShare is the chance that a party is represented by one of its
	// people rather than by the country itself.
	personShare = 0.55
	// cityShare is the chance that the place is a city (else a country).
	cityShare = 0.75
	// plannedShare is the share of past events reported as planned.
	plannedShare = 0.04
	// maxTries bounds the candidates drawn per accepted event.
	maxTries = 50
)

// cand is a candidate event in compact form: the corpus of a year is held
// this way, and expanded to a timeline.Event only when emitted.
type cand struct {
	start, end timeline.Day
	prec       timeline.Precision
	typ        timeline.Type
	status     timeline.Status
	nparties   uint8
	parties    [4]int16 // country indexes, distinct
	people     [4]int16 // person index representing each party, or -1
	place      int16    // city index, or -1
	placeCtry  int16    // country index when place is -1
	nsrc       uint8
	seed       uint64 // for the source texts
}

// Generator streams a synthetic corpus year by year. Within a year no two
// events describe the same fact (same type, same set of parties,
// overlapping dates): the corpus is a deduplicated timeline, as an
// importer would hold it, so a store that merges duplicates and one that
// does not hold the same events.
type Generator struct {
	cfg     Config
	w       *World
	r       *rand.Rand
	years   []int // events per year, from FromYear
	yi      int
	year    []cand
	pos     int
	doc     int
	left    int
	cz      *sampler
	tz      *sampler
	pz      *sampler
	sz      *sampler
	peopleW []float64
}

// New returns a generator for cfg.
func New(cfg Config) (*Generator, error) {
	if cfg.FromYear == 0 {
		cfg.FromYear = 1990
	}
	if cfg.ToYear == 0 {
		cfg.ToYear = 2026
	}
	if cfg.Events < 0 || cfg.ToYear < cfg.FromYear {
		return nil, fmt.Errorf("%w: %d events over %d-%d", ErrConfig, cfg.Events, cfg.FromYear, cfg.ToYear)
	}
	w, err := NewWorld(cfg.Seed)
	if err != nil {
		return nil, err
	}
	g := &Generator{
		cfg: cfg, w: w, r: rand.New(rand.NewPCG(cfg.Seed, 1)), left: cfg.Events,
		cz: newZipf(len(w.Countries), 1.0, 2), tz: newWeighted(typeWeights),
		pz: newWeighted(partyWeights), sz: newWeighted(sourceWeights),
	}
	g.peopleW = make([]float64, len(w.People))
	for i := range g.peopleW {
		g.peopleW[i] = 1 / float64(i+1)
	}
	g.years = spread(cfg.Events, cfg.FromYear, cfg.ToYear)
	return g, nil
}

// spread divides n events among the years, the weight of a year growing
// linearly (news of the 2020s outnumber those of the 1990s about 4 to 1),
// by largest remainders so the counts add up to n exactly.
func spread(n, from, to int) []int {
	k := to - from + 1
	w := make([]float64, k)
	t := 0.0
	for i := range w {
		w[i] = 1 + 0.1*float64(i)
		t += w[i]
	}
	out := make([]int, k)
	rem := make([]float64, k)
	sum := 0
	for i := range w {
		x := float64(n) * w[i] / t
		out[i] = int(x)
		rem[i] = x - float64(out[i])
		sum += out[i]
	}
	for sum < n {
		best := 0
		for i := range rem {
			if rem[i] > rem[best] {
				best = i
			}
		}
		out[best]++
		rem[best] = -1
		sum++
	}
	return out
}

// World returns the entities the corpus refers to.
func (g *Generator) World() *World { return g.w }

// Remaining returns how many events are still to come.
func (g *Generator) Remaining() int { return g.left }

// Next returns up to n further events, normalised (ids set), or nil when
// the corpus is exhausted. The slice is new on every call.
func (g *Generator) Next(n int) []timeline.Event {
	var out []timeline.Event
	for len(out) < n && g.left > 0 {
		if g.pos >= len(g.year) {
			if g.yi >= len(g.years) {
				break
			}
			g.fillYear(g.cfg.FromYear+g.yi, g.years[g.yi])
			g.yi++
			continue
		}
		out = append(out, g.expand(&g.year[g.pos]))
		g.pos++
		g.left--
	}
	return out
}

// All generates the whole corpus at once: for tests and small corpora.
func (g *Generator) All() []timeline.Event {
	var out []timeline.Event
	for {
		b := g.Next(4096)
		if b == nil {
			return out
		}
		out = append(out, b...)
	}
}

// fillYear draws the n events of a year, rejecting candidates that
// duplicate an accepted fact.
func (g *Generator) fillYear(year, n int) {
	g.year, g.pos = g.year[:0], 0
	if cap(g.year) < n {
		g.year = make([]cand, 0, n)
	}
	taken := map[uint64][][2]timeline.Day{}
	for tries := 0; len(g.year) < n && tries < maxTries*n; tries++ {
		c := g.draw(year)
		k := c.factKey()
		ok := true
		for _, iv := range taken[k] {
			if c.start <= iv[1] && iv[0] <= c.end {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		taken[k] = append(taken[k], [2]timeline.Day{c.start, c.end})
		g.year = append(g.year, c)
	}
	if len(g.year) < n {
		// The year is saturated (only with absurd sizes): the shortfall
		// moves to the next years, or the corpus is shorter.
		if g.yi+1 < len(g.years) {
			g.years[g.yi+1] += n - len(g.year)
		} else {
			g.left = len(g.year)
		}
	}
}

// factKey packs the type and the sorted parties: two events with the same
// key and overlapping dates are the same fact.
func (c *cand) factKey() uint64 {
	ps := c.parties[:c.nparties]
	var sorted [4]int16
	copy(sorted[:], ps)
	s := sorted[:c.nparties]
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	k := uint64(c.typ)
	for _, p := range s {
		k = k<<10 | uint64(p+1)
	}
	return k<<3 | uint64(c.nparties)
}

func (g *Generator) draw(year int) cand {
	r := g.r
	c := cand{typ: timeline.Types[g.tz.sample(r)], place: -1, placeCtry: -1, seed: r.Uint64()}
	c.people = [4]int16{-1, -1, -1, -1}
	np := g.pz.sample(r) + 1
	for c.nparties < uint8(np) {
		p := int16(g.cz.sample(r))
		dup := false
		for _, q := range c.parties[:c.nparties] {
			dup = dup || q == p
		}
		if dup {
			continue
		}
		i := c.nparties
		c.parties[i] = p
		if people := g.w.peopleOf[p]; len(people) > 0 && r.Float64() < personShare {
			c.people[i] = int16(sampleSubset(r, people, g.peopleW))
		}
		c.nparties++
	}
	// The place: usually a city of the first party (the host).
	host := c.parties[0]
	if r.Float64() < 0.2 && c.nparties > 1 {
		host = c.parties[1+r.IntN(int(c.nparties)-1)]
	}
	if cities := g.w.citiesOf[host]; len(cities) > 0 && r.Float64() < cityShare {
		c.place = int16(sampleSubset(r, cities, g.w.cityPop))
	} else {
		c.placeCtry = host
	}
	// The date.
	first := timeline.DayOf(year, time.January, 1)
	days := int(timeline.DayOf(year+1, time.January, 1) - first)
	d := first + timeline.Day(r.IntN(days))
	switch x := r.Float64(); {
	case x < shareDay:
		c.prec, c.start, c.end = timeline.PrecisionDay, d, d
		if r.Float64() < multiDay {
			c.end = min(d+timeline.Day(1+r.IntN(2)), first+timeline.Day(days-1))
		}
	case x < shareDay+shareMonth:
		y, m, _ := d.Civil()
		md := timeline.MonthDate(y, m)
		c.prec, c.start, c.end = md.Precision, md.Start, md.End
	default:
		c.prec, c.start, c.end = timeline.PrecisionYear, first, first+timeline.Day(days-1)
	}
	if c.start > Today || r.Float64() < plannedShare {
		c.status = timeline.StatusPlanned
	}
	c.nsrc = uint8(g.sz.sample(r) + 1)
	return c
}

// expand turns a candidate into a normalised event with sources whose
// sentences are synthetic Arabic news text.
func (g *Generator) expand(c *cand) timeline.Event {
	r := rand.New(rand.NewPCG(c.seed, 2))
	w := g.w
	ev := timeline.Event{
		Type:   c.typ,
		Date:   timeline.Date{Start: c.start, End: c.end, Precision: c.prec},
		Status: c.status,
	}
	names := make([]string, c.nparties)
	ev.Actors = make([]string, 0, c.nparties)
	ev.Sources = make([]timeline.Source, 0, c.nsrc)
	for i := range int(c.nparties) {
		ctry := &w.Countries[c.parties[i]]
		if p := c.people[i]; p >= 0 {
			ev.Actors = append(ev.Actors, w.People[p].ID)
			names[i] = w.People[p].NameAR
		} else {
			ev.Actors = append(ev.Actors, ctry.ID)
			names[i] = ctry.NameAR
		}
	}
	placeName := ""
	if c.place >= 0 {
		ev.Places = []string{w.Cities[c.place].ID}
		placeName = w.Cities[c.place].Name
	} else {
		ev.Places = []string{w.Countries[c.placeCtry].ID}
		placeName = w.Countries[c.placeCtry].NameAR
	}
	for range int(c.nsrc) {
		g.doc++
		pub := c.end + timeline.Day(r.IntN(3))
		if c.status == timeline.StatusPlanned {
			pub = c.start - timeline.Day(1+r.IntN(30))
		}
		s := sentence(r, c.typ, names, placeName)
		start := r.IntN(3000)
		ev.Sources = append(ev.Sources, timeline.Source{
			Doc:        docID(g.doc),
			Published:  pub,
			Sentence:   s,
			Start:      start,
			End:        start + len(s),
			Confidence: float64(60+r.IntN(40)) / 100,
		})
		ev.Confidence = max(ev.Confidence, ev.Sources[len(ev.Sources)-1].Confidence)
	}
	ev.Normalize()
	return ev
}

var (
	verbs = map[timeline.Type][]string{
		timeline.TypeSummit:    {"عقد %s قمة في %s", "انطلقت في %[2]s أعمال القمة التي جمعت %[1]s", "شارك %s في القمة المنعقدة في %s"},
		timeline.TypeMeeting:   {"التقى %s في %s", "اجتمع %s في %s", "أجرى %s محادثات في %s"},
		timeline.TypeVisit:     {"وصل %s إلى %s في زيارة رسمية", "بدأ %s زيارة إلى %s", "استقبل في %[2]s %[1]s في زيارة"},
		timeline.TypeCall:      {"أجرى %s اتصالا هاتفيا من %s", "بحث %s في اتصال هاتفي من %s", "تلقى %s اتصالا هاتفيا في %s"},
		timeline.TypeAgreement: {"وقع %s في %s اتفاقية", "وقع %s في %s مذكرة تفاهم", "أبرم %s في %s اتفاقا"},
	}
	topics = []string{
		"العلاقات الثنائية", "التعاون الاقتصادي", "الأمن الإقليمي", "مكافحة الإرهاب", "التبادل التجاري",
		"الطاقة والنفط", "الاستثمارات المشتركة", "الأزمة الإنسانية", "التعاون العسكري", "النقل والموانئ",
		"المياه والزراعة", "التعليم والثقافة", "الصحة العامة", "التحول الرقمي", "الهجرة واللاجئين",
		"التغير المناخي", "الأمن الغذائي", "السياحة", "الربط الكهربائي", "التسوية السياسية",
		"تنسيق المواقف في المحافل الدولية", "الملفات الإقليمية", "الاتفاقيات الموقعة سابقا", "الصناعات الدفاعية",
	}
	leads = []string{"", "", "أعلنت وزارة الخارجية أن", "ذكرت وكالة الأنباء الرسمية أن", "أفاد بيان رسمي بأن", "قالت مصادر دبلوماسية إن"}
	tails = []string{"", "وأكد الجانبان أهمية مواصلة التشاور", "واتفق الطرفان على تشكيل لجنة مشتركة", "وتناول اللقاء آخر المستجدات", "في إطار تعزيز الشراكة الاستراتيجية"}
)

// docID is the document id "art-%09d" of n, without fmt.
func docID(n int) string {
	var b [32]byte
	d := strconv.AppendInt(b[:0], int64(n), 10)
	out := append(make([]byte, 0, 4+max(9, len(d))), "art-"...)
	for range 9 - len(d) {
		out = append(out, '0')
	}
	return string(append(out, d...))
}

// template is a verb phrase split at its arguments.
type template []piece

// piece is text, then the argument arg (0: the parties, 1: the place;
// -1: none).
type piece struct {
	text string
	arg  int
}

// parseTemplate splits a phrase written with %s and %[n]s.
func parseTemplate(f string) template {
	var t template
	next := 0
	for {
		i := strings.IndexByte(f, '%')
		if i < 0 {
			return append(t, piece{f, -1})
		}
		text, rest := f[:i], f[i+1:]
		arg := next
		if strings.HasPrefix(rest, "[") {
			arg = int(rest[1] - '1')
			rest = rest[3:]
		}
		if !strings.HasPrefix(rest, "s") {
			panic("gen: bad template " + f)
		}
		t = append(t, piece{text, arg})
		next = arg + 1
		f = rest[1:]
	}
}

// templates are the verbs' phrases, split once.
var templates = func() map[timeline.Type][]template {
	m := map[timeline.Type][]template{}
	for typ, vs := range verbs {
		for _, v := range vs {
			m[typ] = append(m[typ], parseTemplate(v))
		}
	}
	return m
}()

// sentence writes a synthetic news sentence about an event.
func sentence(r *rand.Rand, t timeline.Type, names []string, place string) string {
	ts := templates[t]
	args := [2]string{strings.Join(names, " و"), place}
	var b strings.Builder
	b.Grow(256)
	if l := leads[r.IntN(len(leads))]; l != "" {
		b.WriteString(l)
		b.WriteByte(' ')
	}
	for _, p := range ts[r.IntN(len(ts))] {
		b.WriteString(p.text)
		if p.arg >= 0 {
			b.WriteString(args[p.arg])
		}
	}
	b.WriteString(" لبحث ")
	b.WriteString(topics[r.IntN(len(topics))])
	b.WriteString(" و")
	b.WriteString(topics[r.IntN(len(topics))])
	if tl := tails[r.IntN(len(tails))]; tl != "" {
		b.WriteByte(' ')
		b.WriteString(tl)
	}
	return b.String()
}
