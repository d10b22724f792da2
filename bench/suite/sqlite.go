package suite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver, pure Go

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

// sqliteStaging holds a bulk load's actor and place rows, unsorted, in a
// database file of its own (attached as "load"): Finish sorts them
// into the clustered tables and deletes the file, so that the database
// keeps no free pages from them.
const sqliteStaging = `
CREATE TABLE load.actors (actor TEXT NOT NULL, start_day INTEGER NOT NULL, event_id INTEGER NOT NULL);
CREATE TABLE load.places (place TEXT NOT NULL, start_day INTEGER NOT NULL, event_id INTEGER NOT NULL);
`

// sqliteBuild turns a bulk load's rows into the final database: the
// clustered tables filled in key order, then the indexes built by sorting.
const sqliteBuild = `
INSERT INTO event_actors SELECT actor, start_day, event_id FROM load.actors ORDER BY actor, start_day, event_id;
INSERT INTO event_places SELECT place, start_day, event_id FROM load.places ORDER BY place, start_day, event_id;
` + sqliteIndexes

// sqliteFTS is the full-text index of the source sentences, one row per
// event (rowid = eid), contentless since the sentences are in events.
const sqliteFTS = `CREATE VIRTUAL TABLE sources_fts USING fts5(sentence, content='', tokenize='unicode61 remove_diacritics 2');`

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
	KindLimit10:         `SELECT ` + eventCols + ` FROM events e ORDER BY e.start_day, e.id LIMIT 10`,
	KindCountMonth:      `SELECT month, count(*) FROM events GROUP BY month`,
	KindCountMonthActor: `SELECT e.month, count(*) FROM event_actors a JOIN events e ON e.eid = a.event_id WHERE a.actor = ?1 GROUP BY e.month`,
}

// SQLite is SQLite (modernc.org/sqlite, pure Go) as a Store: WAL mode,
// synchronous=NORMAL, a 64 MiB page cache (Badger's block cache in tl is
// 64 MiB too), prepared statements, one transaction per ingest batch.
type SQLite struct {
	DB    *sql.DB
	w     *gen.World
	dir   string
	fts   bool
	bulk  bool         // loading in bulk until Finish
	ins   [4]*sql.Stmt // events, actors, places, fts
	query map[Kind]*sql.Stmt
}

// SQLiteOptions configures OpenSQLite.
type SQLiteOptions struct {
	// FTS gives a new database the full-text index of the sentences.
	FTS bool
	// Bulk makes a new database load the way a user bulk-loading it
	// would: the journal off, event rows into the events table without
	// its secondary indexes, actor and place rows unsorted into a staging
	// file; Finish then fills the clustered tables in key order and
	// builds the indexes by sorting. Without it every row goes into the
	// indexed tables as it comes. An existing database always takes rows
	// the second way.
	Bulk bool
}

// SQLiteFile is the database file's name in its directory;
// sqliteLoadFile is a bulk load's staging file beside it.
const (
	SQLiteFile     = "events.sqlite"
	sqliteLoadFile = "load.sqlite"
)

// OpenSQLite opens (creating if needed) the SQLite database in dir.
func OpenSQLite(dir string, w *gen.World, o SQLiteOptions) (*SQLite, error) {
	v := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "cache_size(-65536)", "temp_store(MEMORY)"} {
		v.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, SQLiteFile)+"?"+v.Encode())
	if err != nil {
		return nil, err
	}
	// One connection: the pragmas and the attached staging file of a
	// bulk load belong to it.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
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
			load := filepath.Join(s.dir, sqliteLoadFile)
			if err := os.Remove(load); err != nil && !errors.Is(err, os.ErrNotExist) {
				return err
			}
			schema = `PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; ATTACH ` + sqlString(load) + ` AS load;` +
				`PRAGMA load.journal_mode = OFF; PRAGMA load.synchronous = OFF;` + schema + sqliteStaging
		}
		if _, err := s.DB.Exec(schema); err != nil {
			return fmt.Errorf("sqlite schema: %w", err)
		}
	}
	if err := s.DB.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'sources_fts'`).Scan(&n); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	s.fts = n > 0
	return s.prepareInserts()
}

// prepareInserts prepares the insert statements: into the staging tables
// during a bulk load, else into the indexed tables.
func (s *SQLite) prepareInserts() error {
	actors, places := "event_actors", "event_places"
	if s.bulk {
		actors, places = "load.actors", "load.places"
	}
	ins := []string{
		`INSERT INTO events (id, type, status, start_day, end_day, precision, month, confidence, first_reported, actors, places, sources)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		`INSERT INTO ` + actors + ` (actor, start_day, event_id) VALUES (?, ?, ?)`,
		`INSERT INTO ` + places + ` (place, start_day, event_id) VALUES (?, ?, ?)`,
		`INSERT INTO sources_fts (rowid, sentence) VALUES (?, ?)`,
	}
	for i, q := range ins {
		if i == 3 && !s.fts {
			break
		}
		st, err := s.DB.Prepare(q)
		if err != nil {
			return fmt.Errorf("sqlite prepare: %w", err)
		}
		s.ins[i] = st
	}
	return nil
}

// sqlString quotes s as an SQL string literal.
func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// sqlSource is a source in the JSON column events.sources.
type sqlSource struct {
	Doc        string       `json:"doc"`
	Published  timeline.Day `json:"pub"`
	Sentence   string       `json:"s"`
	Start      int          `json:"b"`
	End        int          `json:"e"`
	Confidence float64      `json:"c"`
}

// Ingest implements Store: the batch in one transaction.
func (s *SQLite) Ingest(ctx context.Context, evs []timeline.Event) error {
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var st [4]*sql.Stmt
	for i, p := range s.ins {
		if p != nil {
			st[i] = tx.StmtContext(ctx, p)
		}
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
			return err
		}
		res, err := st[0].ExecContext(ctx, e.ID, int(e.Type), int(e.Status), int(e.Date.Start), int(e.Date.End),
			int(e.Date.Precision), monthIndex(e.Date.Start), e.Confidence, int(e.FirstReported),
			strings.Join(e.Actors, ","), strings.Join(e.Places, ","), js)
		if err != nil {
			return fmt.Errorf("sqlite insert %s: %w", e.ID, err)
		}
		eid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for _, a := range s.w.ActorKeys(e.Actors) {
			if _, err := st[1].ExecContext(ctx, a, int(e.Date.Start), eid); err != nil {
				return fmt.Errorf("sqlite insert actor of %s: %w", e.ID, err)
			}
		}
		for _, p := range s.w.PlaceKeys(e.Places) {
			if _, err := st[2].ExecContext(ctx, p, int(e.Date.Start), eid); err != nil {
				return fmt.Errorf("sqlite insert place of %s: %w", e.ID, err)
			}
		}
		if st[3] != nil {
			if _, err := st[3].ExecContext(ctx, eid, text.String()); err != nil {
				return fmt.Errorf("sqlite insert text of %s: %w", e.ID, err)
			}
		}
	}
	return tx.Commit()
}

// Finish ends an ingest: a bulk load's rows go into their final tables
// and indexes (the staging file is deleted and the journal is WAL again),
// and ANALYZE runs, as a competent user runs it after a bulk load so that
// the planner knows which index is selective.
func (s *SQLite) Finish(ctx context.Context) error {
	if s.bulk {
		s.closeInserts()
		if _, err := s.DB.ExecContext(ctx, sqliteBuild); err != nil {
			return fmt.Errorf("sqlite build: %w", err)
		}
		if _, err := s.DB.ExecContext(ctx, `DETACH load; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL`); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
		if err := os.Remove(filepath.Join(s.dir, sqliteLoadFile)); err != nil {
			return err
		}
		s.bulk = false
		// Later batches go into the indexed tables.
		if err := s.prepareInserts(); err != nil {
			return err
		}
	}
	_, err := s.DB.ExecContext(ctx, `ANALYZE`)
	return err
}

func (s *SQLite) closeInserts() {
	for i, st := range s.ins {
		if st != nil {
			st.Close()
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
