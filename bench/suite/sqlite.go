package suite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	_ "github.com/mattn/go-sqlite3" // the "sqlite3" driver: SQLite's C library through cgo
	_ "modernc.org/sqlite"          // the "sqlite" driver: SQLite translated to Go

	"github.com/tl-project/tl/bench/gen"
	"github.com/tl-project/tl/timeline"
)

// sqliteTables is what a competent user would create to answer the same
// questions: one row per event (actors, places and sources inline, the
// sources as JSON), an actor and a place table clustered by (key, start
// day) with the person→country and city→country expansion that tl's
// indexes also make. sqliteIndexes adds the indexes by id, date,
// type+date and month; sqliteFTS an FTS5 index of the source sentences to
// match tl's word index.
const sqliteTables = `
CREATE TABLE events (
  eid            INTEGER PRIMARY KEY,
  id             TEXT    NOT NULL,
  type           INTEGER NOT NULL,
  status         INTEGER NOT NULL,
  start_day      INTEGER NOT NULL,
  end_day        INTEGER NOT NULL,
  precision      INTEGER NOT NULL,
  month          INTEGER NOT NULL,
  confidence     REAL    NOT NULL,
  first_reported INTEGER NOT NULL,
  actors         TEXT    NOT NULL,
  places         TEXT    NOT NULL,
  sources        TEXT    NOT NULL
);
CREATE TABLE event_actors (
  actor     TEXT    NOT NULL,
  start_day INTEGER NOT NULL,
  event_id  INTEGER NOT NULL,
  PRIMARY KEY (actor, start_day, event_id)
) WITHOUT ROWID;
CREATE TABLE event_places (
  place     TEXT    NOT NULL,
  start_day INTEGER NOT NULL,
  event_id  INTEGER NOT NULL,
  PRIMARY KEY (place, start_day, event_id)
) WITHOUT ROWID;
`

// sqliteIndexes are the events table's secondary indexes.
const sqliteIndexes = `
CREATE UNIQUE INDEX events_id ON events(id);
CREATE INDEX events_date ON events(start_day, id);
CREATE INDEX events_type_date ON events(type, start_day);
CREATE INDEX events_month ON events(month);
`

// sqliteBulkPragmas are a bulk load's: the journal off, a page cache
// of 1 GiB, so that the index sorts run in memory (tl's Load uses more),
// and sorter threads for every core.
var sqliteBulkPragmas = fmt.Sprintf("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576; PRAGMA threads = %d; ", runtime.GOMAXPROCS(0))

// sqliteQueryPragmas are those of the rest of the database's life.
const sqliteQueryPragmas = `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA threads = 0; PRAGMA temp_store = MEMORY;`

// sqliteFTS is the full-text index of the source sentences, one row per
// event (rowid = eid), with what tl's word index keeps and no more:
// contentless, since the sentences are in events; detail=none, rows
// without positions (tl checks a phrase against the sentence, as a SQLite
// user would with LIKE, instead of keeping positions); columnsize=0, no
// row lengths (tl does not rank); remove_diacritics 0, since tl folds
// Latin case but keeps accents. Each of these costs a bulk load time:
// together 14% of a 1M load (docs/performance.md).
const sqliteFTS = `CREATE VIRTUAL TABLE sources_fts USING fts5(sentence, content='', detail=none, columnsize=0, tokenize='unicode61 remove_diacritics 0');`

const eventCols = `e.id, e.type, e.status, e.start_day, e.end_day, e.precision, e.confidence, e.first_reported, e.actors, e.places, e.sources`

// sqliteQueries are the statements of each query kind; ?1.. are bound as
// in SQLite.Run.
var sqliteQueries = map[Kind]string{
	KindActorRange: `SELECT ` + eventCols + ` FROM event_actors a JOIN events e ON e.eid = a.event_id
		WHERE a.actor = ?1 AND a.start_day BETWEEN ?2 AND ?3 AND e.end_day <= ?3 ORDER BY a.start_day, e.id`,
	KindPlace: `SELECT ` + eventCols + ` FROM event_places p JOIN events e ON e.eid = p.event_id
		WHERE p.place = ?1 AND p.start_day BETWEEN ?2 AND ?3 AND e.end_day <= ?3 ORDER BY p.start_day, e.id`,
	KindCoActors: `SELECT ` + eventCols + ` FROM event_actors a
		JOIN event_actors b ON b.actor = ?4 AND b.start_day = a.start_day AND b.event_id = a.event_id
		JOIN events e ON e.eid = a.event_id
		WHERE a.actor = ?1 AND a.start_day BETWEEN ?2 AND ?3 AND e.end_day <= ?3 ORDER BY a.start_day, e.id`,
	KindLimit10:    `SELECT ` + eventCols + ` FROM events e ORDER BY e.start_day, e.id LIMIT 10`,
	KindCountMonth: `SELECT month, count(*) FROM events GROUP BY month`,
	// One actor's events by month: counted by day from the clustered
	// table alone (its rows carry the start day), the days then folded
	// into months, rather than joining every row to its event for
	// events.month.
	KindCountMonthActor: `SELECT CAST(strftime('%Y', d * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', d * 86400, 'unixepoch') AS INTEGER) - 1 AS m, sum(n)
		FROM (SELECT start_day AS d, count(*) AS n FROM event_actors WHERE actor = ?1 GROUP BY start_day) GROUP BY m`,
}

// SQLite is SQLite (its C library or the Go translation, SQLiteOptions.Driver)
// as a Store: WAL mode, synchronous=NORMAL, a 64 MiB page cache (Badger's
// block cache in tl is 64 MiB too), multi-row prepared inserts, one
// transaction per ingest batch.
type SQLite struct {
	DB   *sql.DB
	w    *gen.World
	dir  string
	fts  bool
	bulk bool         // loading in bulk until Finish
	ins  [4]*inserter // events, actors, places, fts
	// staged holds a bulk load's actor and place rows until Finish.
	staged [2]*keyRows
	// writer writes a bulk load's batches (nil until the first); failed
	// is its error once Finish has waited for it: the load is lost.
	writer *writer
	failed error
	// lastEID is the events table's greatest eid: Ingest numbers the
	// events it inserts after it.
	lastEID int64
	query   map[Kind]*sql.Stmt
}

// SQLiteOptions configures OpenSQLite.
type SQLiteOptions struct {
	// FTS gives a new database the full-text index of the sentences.
	FTS bool
	// Bulk makes a new database load the way a user bulk-loading it
	// would: the journal off, event rows into the events table without
	// its secondary indexes, actor and place rows kept in memory; Finish
	// sorts those and fills the clustered tables in key order (SQLite's
	// own sorter takes 2–3 µs a row for these text keys), then builds the
	// indexes. Without it every row goes into the indexed tables as it
	// comes. An existing database always takes rows the second way.
	Bulk bool
	// Driver is DriverC or DriverGo ("": DefaultDriver).
	Driver string
}

// The SQLite drivers: SQLite's own C library through cgo
// (github.com/mattn/go-sqlite3), what a user of the sqlite3 shell or of
// Python runs; or SQLite translated to Go (modernc.org/sqlite), for a
// machine without a C compiler.
const (
	DriverC  = "c"
	DriverGo = "go"
)

// CheckSQLite opens an in-memory database with the driver, and checks
// that it has FTS5 when fts is set: a benchmark finds out at its start,
// not after tl's phases. It returns SQLite's version.
func CheckSQLite(driver string, fts bool) (string, error) {
	name, err := driverName(driver)
	if err != nil {
		return "", err
	}
	db, err := sql.Open(name, ":memory:")
	if err != nil {
		return "", err
	}
	defer db.Close()
	var v string
	if err := db.QueryRow(`SELECT sqlite_version()`).Scan(&v); err != nil {
		return "", fmt.Errorf("sqlite (%s driver): %w", name, err)
	}
	if fts {
		if _, err := db.Exec(sqliteFTS); err != nil {
			return v, ftsError(err)
		}
	}
	return v, nil
}

// ftsError explains a missing FTS5.
func ftsError(err error) error {
	if strings.Contains(err.Error(), "fts5") {
		return fmt.Errorf("sqlite: %w (SQLite's C library has FTS5 only when built with -tags sqlite_fts5)", err)
	}
	return fmt.Errorf("sqlite schema: %w", err)
}

// driverName is the database/sql name of a Driver.
func driverName(d string) (string, error) {
	if d == "" {
		d = DefaultDriver
	}
	switch d {
	case DriverC:
		return "sqlite3", nil
	case DriverGo:
		return "sqlite", nil
	}
	return "", fmt.Errorf("%w: sqlite driver %q (want %q or %q)", ErrPhase, d, DriverC, DriverGo)
}

// SQLiteFile is the database file's name in its directory.
const SQLiteFile = "events.sqlite"

// OpenSQLite opens (creating if needed) the SQLite database in dir.
func OpenSQLite(dir string, w *gen.World, o SQLiteOptions) (*SQLite, error) {
	name, err := driverName(o.Driver)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open(name, "file:"+filepath.Join(dir, SQLiteFile))
	if err != nil {
		return nil, err
	}
	// One connection, kept open: the pragmas belong to it.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	if _, err := db.Exec(sqliteQueryPragmas); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite (%s driver): %w", name, err)
	}
	s := &SQLite{DB: db, w: w, dir: dir, query: map[Kind]*sql.Stmt{}}
	if err := s.init(o); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *SQLite) init(o SQLiteOptions) error {
	var n int
	if err := s.DB.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'events'`).Scan(&n); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	if n == 0 {
		s.bulk = o.Bulk
		schema := sqliteTables
		if !s.bulk {
			schema += sqliteIndexes
		}
		if o.FTS {
			schema += sqliteFTS
		}
		if s.bulk {
			schema = sqliteBulkPragmas + schema
			s.staged = [2]*keyRows{newKeyRows(), newKeyRows()}
		}
		if _, err := s.DB.Exec(schema); err != nil {
			return ftsError(err)
		}
	}
	if err := s.DB.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'sources_fts'`).Scan(&n); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	s.fts = n > 0
	if err := s.DB.QueryRow(`SELECT coalesce(max(eid), 0) FROM events`).Scan(&s.lastEID); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return s.prepareInserts()
}

// prepareInserts prepares the multi-row inserts of each table (a bulk
// load's actor and place rows go through them at Finish).
func (s *SQLite) prepareInserts() error {
	tables := []struct {
		name string
		cols []string
	}{
		{"events", []string{"eid", "id", "type", "status", "start_day", "end_day", "precision", "month", "confidence", "first_reported", "actors", "places", "sources"}},
		{"event_actors", []string{"actor", "start_day", "event_id"}},
		{"event_places", []string{"place", "start_day", "event_id"}},
		{"sources_fts", []string{"rowid", "sentence"}},
	}
	for i, t := range tables {
		if i == 3 && !s.fts {
			break
		}
		in, err := newInserter(s.DB, t.name, t.cols...)
		if err != nil {
			return err
		}
		s.ins[i] = in
	}
	return nil
}

// sqlSource is a source in the JSON column events.sources.
type sqlSource struct {
	Doc        string       `json:"doc"`
	Published  timeline.Day `json:"pub"`
	Sentence   string       `json:"s"`
	Start      int          `json:"b"`
	End        int          `json:"e"`
	Confidence float64      `json:"c"`
}

// Ingest implements Store: the batch in one transaction, its rows
// inserted many to a statement. In a bulk load the rows are made ready
// (JSON, keys, the sentences' text) by the caller, while SQLite writes the
// batch before on a goroutine of its own, as a loader would use a second
// core beside SQLite's one writer: Ingest returns once that batch is
// written and this one handed over, and an error of the last batch is
// Finish's.
func (s *SQLite) Ingest(ctx context.Context, evs []timeline.Event) error {
	if s.failed != nil {
		return s.failed
	}
	b, err := s.rows(evs)
	if err != nil {
		return err
	}
	if !s.bulk {
		return s.write(ctx, b)
	}
	if s.writer == nil {
		s.writer = startWriter(s)
	}
	return s.writer.hand(ctx, b)
}

// rowBatch is a batch's rows, ready to bind, for each inserter (events,
// actors, places, fts): the clustered tables' rows only in an
// incremental load, as a bulk load keeps them in staged.
type rowBatch [4][]row

// row is the values of one row and the id of its event, for errors.
type row struct {
	id   string
	vals []any
}

// rows makes a batch's rows: the events get their eids after lastEID.
func (s *SQLite) rows(evs []timeline.Event) (*rowBatch, error) {
	var b rowBatch
	b[0] = make([]row, 0, len(evs))
	if s.fts {
		b[3] = make([]row, 0, len(evs))
	}
	srcs := make([]sqlSource, 0, 4)
	var text strings.Builder
	for i := range evs {
		e := &evs[i]
		srcs, text = srcs[:0], strings.Builder{}
		for _, x := range e.Sources {
			srcs = append(srcs, sqlSource{x.Doc, x.Published, x.Sentence, x.Start, x.End, x.Confidence})
			text.WriteString(x.Sentence)
			text.WriteByte('\n')
		}
		js, err := json.Marshal(srcs)
		if err != nil {
			return nil, err
		}
		s.lastEID++
		eid := s.lastEID
		b[0] = append(b[0], row{e.ID, []any{eid, e.ID, int(e.Type), int(e.Status), int(e.Date.Start), int(e.Date.End),
			int(e.Date.Precision), monthIndex(e.Date.Start), e.Confidence, int(e.FirstReported),
			strings.Join(e.Actors, ","), strings.Join(e.Places, ","), js}})
		for k, keys := range [2][]string{s.w.ActorKeys(e.Actors), s.w.PlaceKeys(e.Places)} {
			for _, key := range keys {
				if s.bulk {
					s.staged[k].add(key, e.Date.Start, eid)
				} else {
					b[1+k] = append(b[1+k], row{e.ID, []any{key, int(e.Date.Start), eid}})
				}
			}
		}
		if s.fts {
			b[3] = append(b[3], row{e.ID, []any{eid, text.String()}})
		}
	}
	return &b, nil
}

// write inserts a batch's rows in one transaction.
func (s *SQLite) write(ctx context.Context, b *rowBatch) error {
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for i, in := range s.ins {
		if in == nil {
			continue
		}
		in.begin(ctx, tx)
		for _, r := range b[i] {
			if err := in.add(r.id, r.vals...); err != nil {
				return err
			}
		}
		if err := in.flush(); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// writer writes a bulk load's batches on a goroutine of its own, one at
// a time, while the next is made ready.
type writer struct {
	ch     chan writeJob
	done   chan struct{} // closed when the goroutine returns
	failed chan struct{} // closed after err is set
	err    error         // the first write error
}

type writeJob struct {
	ctx context.Context
	b   *rowBatch
}

func startWriter(s *SQLite) *writer {
	w := &writer{ch: make(chan writeJob), done: make(chan struct{}), failed: make(chan struct{})}
	go func() {
		defer close(w.done)
		for j := range w.ch {
			if w.err != nil {
				continue // a failed load takes no more rows
			}
			if err := s.write(j.ctx, j.b); err != nil {
				w.err = err
				close(w.failed)
			}
		}
	}()
	return w
}

// hand gives the writer a batch as soon as it has written the one before
// (the channel is unbuffered). It returns the first write error, if
// there has been one, instead.
func (w *writer) hand(ctx context.Context, b *rowBatch) error {
	select {
	case <-w.failed:
		return w.err
	default:
	}
	select {
	case w.ch <- writeJob{ctx, b}:
		return nil
	case <-w.failed:
		return w.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// wait lets the writer finish the batch it has and returns its first
// error.
func (w *writer) wait() error {
	close(w.ch)
	<-w.done
	return w.err
}

// insertRows is the number of rows of a multi-row INSERT: at the events
// table's 13 columns, 1,664 variables (SQLite allows 32,766).
const insertRows = 128

// inserter inserts the rows of one table insertRows to a statement, as
// a bulk loader does to pay the per-statement cost once for many rows.
type inserter struct {
	table string
	head  string // "INSERT INTO t (a, b) VALUES "
	row   string // "(?, ?)"
	cols  int
	full  *sql.Stmt // the statement of insertRows rows
	// During a transaction: its context and statement, the rows'
	// arguments so far, and the id of the event of the first of them.
	ctx   context.Context
	tx    *sql.Tx
	st    *sql.Stmt
	args  []any
	first string
}

func newInserter(db *sql.DB, table string, cols ...string) (*inserter, error) {
	in := &inserter{table: table, cols: len(cols),
		head: "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES ",
		row:  "(?" + strings.Repeat(", ?", len(cols)-1) + ")"}
	st, err := db.Prepare(in.query(insertRows))
	if err != nil {
		return nil, fmt.Errorf("sqlite prepare: %w", err)
	}
	in.full = st
	return in, nil
}

// query is the statement that inserts n rows.
func (in *inserter) query(n int) string {
	var b strings.Builder
	b.WriteString(in.head)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(in.row)
	}
	return b.String()
}

// begin starts a transaction's rows. The statements run without the
// context's cancellation (the C driver watches a cancellable context with
// a goroutine per statement); add checks it before each statement.
func (in *inserter) begin(ctx context.Context, tx *sql.Tx) {
	in.ctx, in.tx = ctx, tx
	in.st = tx.StmtContext(context.WithoutCancel(ctx), in.full)
	in.args = in.args[:0]
}

// add adds a row of the event with the given id, inserting the rows so
// far when they make a full statement.
func (in *inserter) add(id string, vals ...any) error {
	if len(in.args) == 0 {
		in.first = id
	}
	in.args = append(in.args, vals...)
	if len(in.args) < insertRows*in.cols {
		return nil
	}
	if err := in.ctx.Err(); err != nil {
		return err
	}
	_, err := in.st.ExecContext(context.WithoutCancel(in.ctx), in.args...)
	return in.done(err)
}

// flush inserts the rows left.
func (in *inserter) flush() error {
	if len(in.args) == 0 {
		return nil
	}
	_, err := in.tx.ExecContext(in.ctx, in.query(len(in.args)/in.cols), in.args...)
	return in.done(err)
}

func (in *inserter) done(err error) error {
	in.args = in.args[:0]
	if err != nil {
		return fmt.Errorf("sqlite insert into %s (rows from event %s on): %w", in.table, in.first, err)
	}
	return nil
}

func (in *inserter) close() {
	in.full.Close()
}

// Finish ends an ingest: a bulk load's actor and place rows go into
// their tables in key order, the indexes are built and the journal is
// WAL again; and ANALYZE runs, as a competent user runs it after a bulk
// load so that the planner knows which index is selective, with the
// analysis limit SQLite's documentation recommends for big databases
// (1000 rows an index: PRAGMA optimize's own).
func (s *SQLite) Finish(ctx context.Context) error {
	if s.writer != nil {
		s.failed = s.writer.wait()
		s.writer = nil
	}
	if s.failed != nil {
		return s.failed
	}
	if s.bulk {
		if err := s.fillClustered(ctx); err != nil {
			return err
		}
		s.closeInserts()
		if _, err := s.DB.ExecContext(ctx, sqliteIndexes+sqliteQueryPragmas); err != nil {
			return fmt.Errorf("sqlite build: %w", err)
		}
		s.bulk = false
		// Later batches go into the indexed tables.
		if err := s.prepareInserts(); err != nil {
			return err
		}
	}
	_, err := s.DB.ExecContext(ctx, `PRAGMA analysis_limit = 1000; ANALYZE`)
	return err
}

// fillClustered inserts a bulk load's actor and place rows, sorted, into
// their clustered tables, in one transaction. The place rows are sorted
// on another goroutine meanwhile (into a buffered channel, so that the
// sort ends even if the actor rows fail).
func (s *SQLite) fillClustered(ctx context.Context) error {
	actors, places := s.staged[0], s.staged[1]
	s.staged = [2]*keyRows{}
	type sortedRows struct {
		rows  []keyRow
		names []string
	}
	placesSorted := make(chan sortedRows, 1)
	go func() {
		rows, names := places.sorted()
		placesSorted <- sortedRows{rows, names}
	}()
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, names := actors.sorted()
	if err := fillKeys(ctx, tx, s.ins[1], rows, names); err != nil {
		return err
	}
	p := <-placesSorted
	if err := fillKeys(ctx, tx, s.ins[2], p.rows, p.names); err != nil {
		return err
	}
	return tx.Commit()
}

// fillKeys inserts sorted key rows through in, within tx.
func fillKeys(ctx context.Context, tx *sql.Tx, in *inserter, rows []keyRow, names []string) error {
	in.begin(ctx, tx)
	for _, r := range rows {
		name := names[r.key]
		if err := in.add(name, name, int(r.day), r.eid); err != nil {
			return err
		}
	}
	return in.flush()
}

// keyRows are the rows of a clustered (key, start_day, event_id) table,
// 16 bytes each and without pointers, the keys numbered. They are kept in
// chunks of keyRowChunk rows: one slice grown by append would copy and
// first-touch its rows again at every doubling (2.2 s of a 1M load).
type keyRows struct {
	names  []string
	num    map[string]int32
	chunks [][]keyRow
	n      int
}

type keyRow struct {
	key int32
	day timeline.Day
	eid int64
}

// keyRowChunk is the number of rows of a keyRows chunk (1 MiB).
var keyRowChunk = 1 << 16

func newKeyRows() *keyRows { return &keyRows{num: map[string]int32{}} }

func (k *keyRows) add(key string, day timeline.Day, eid int64) {
	n, ok := k.num[key]
	if !ok {
		n = int32(len(k.names))
		k.num[key] = n
		k.names = append(k.names, key)
	}
	if len(k.chunks) == 0 || len(k.chunks[len(k.chunks)-1]) == keyRowChunk {
		k.chunks = append(k.chunks, make([]keyRow, 0, keyRowChunk))
	}
	last := &k.chunks[len(k.chunks)-1]
	*last = append(*last, keyRow{n, day, eid})
	k.n++
}

// sorted returns the rows in the table's key order: keys by their bytes,
// as SQLite's BINARY collation orders them, then day, then event. A
// returned row's key indexes names, the keys in that order. The chunks
// are released as their rows are copied.
func (k *keyRows) sorted() (rows []keyRow, names []string) {
	byName := make([]int32, len(k.names))
	for i := range byName {
		byName[i] = int32(i)
	}
	slices.SortFunc(byName, func(a, b int32) int { return strings.Compare(k.names[a], k.names[b]) })
	rank := make([]int32, len(k.names))
	names = make([]string, len(k.names))
	for r, n := range byName {
		rank[n] = int32(r)
		names[r] = k.names[n]
	}
	rows = make([]keyRow, 0, k.n)
	for i, c := range k.chunks {
		for _, r := range c {
			r.key = rank[r.key]
			rows = append(rows, r)
		}
		k.chunks[i] = nil
	}
	k.chunks, k.n = nil, 0
	slices.SortFunc(rows, func(a, b keyRow) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		if c := cmp.Compare(a.day, b.day); c != 0 {
			return c
		}
		return cmp.Compare(a.eid, b.eid)
	})
	return rows, names
}

func (s *SQLite) closeInserts() {
	for i, in := range s.ins {
		if in != nil {
			in.close()
		}
		s.ins[i] = nil
	}
}

// Run implements Store.
func (s *SQLite) Run(ctx context.Context, q Query) (*Result, error) {
	st, ok := s.query[q.Kind]
	if !ok {
		src, ok := sqliteQueries[q.Kind]
		if !ok {
			return nil, fmt.Errorf("%w: %d", ErrBadKind, q.Kind)
		}
		var err error
		if st, err = s.DB.PrepareContext(ctx, src); err != nil {
			return nil, fmt.Errorf("sqlite prepare %s: %w", q.Kind, err)
		}
		s.query[q.Kind] = st
	}
	var args []any
	switch q.Kind {
	case KindActorRange, KindPlace:
		args = []any{q.A, int(q.From), int(q.To)}
	case KindCoActors:
		args = []any{q.A, int(q.From), int(q.To), q.B}
	case KindCountMonthActor:
		args = []any{q.A}
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: %w", q, err)
	}
	defer rows.Close()
	res := &Result{}
	if q.Kind.IsCount() {
		res.Counts = map[string]int64{}
		for rows.Next() {
			var m int
			var n int64
			if err := rows.Scan(&m, &n); err != nil {
				return nil, err
			}
			res.Counts[labelOfMonth(m)] = n
		}
		return res, rows.Err()
	}
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite %s: %w", q, err)
		}
		res.IDs = append(res.IDs, e.ID)
	}
	return res, rows.Err()
}

// scanEvent reads an event row of eventCols back into a timeline.Event,
// as an application would.
func scanEvent(rows *sql.Rows) (*timeline.Event, error) {
	var e timeline.Event
	var typ, status, start, end, prec, first int
	var actors, places string
	var js []byte
	if err := rows.Scan(&e.ID, &typ, &status, &start, &end, &prec, &e.Confidence, &first, &actors, &places, &js); err != nil {
		return nil, err
	}
	e.Type, e.Status = timeline.Type(typ), timeline.Status(status)
	e.Date = timeline.Date{Start: timeline.Day(start), End: timeline.Day(end), Precision: timeline.Precision(prec)}
	e.FirstReported = timeline.Day(first)
	e.Actors = strings.Split(actors, ",")
	if places != "" {
		e.Places = strings.Split(places, ",")
	}
	var srcs []sqlSource
	if err := json.Unmarshal(js, &srcs); err != nil {
		return nil, fmt.Errorf("%w: sources of %s: %v", ErrResult, e.ID, err)
	}
	for _, x := range srcs {
		e.Sources = append(e.Sources, timeline.Source{Doc: x.Doc, Published: x.Published, Sentence: x.Sentence, Start: x.Start, End: x.End, Confidence: x.Confidence})
	}
	return &e, nil
}

// Close implements Store.
func (s *SQLite) Close() error {
	if s.writer != nil {
		s.writer.wait() // a load that failed or was never finished
		s.writer = nil
	}
	s.closeInserts()
	for _, st := range s.query {
		st.Close()
	}
	// Fold the WAL into the database file, so that its size is the
	// database's.
	if _, err := s.DB.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		s.DB.Close()
		return err
	}
	return s.DB.Close()
}
