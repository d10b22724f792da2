package server

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/tl-project/tl/render"
)

// export serves /export.csv and /export.jsonl: the whole answer of the
// query (not limited like the table view), events or table rows.
func (h *handler) export(w http.ResponseWriter, r *http.Request) {
	format, ctype := render.FormatCSV, "text/csv; charset=utf-8"
	if strings.HasSuffix(r.URL.Path, ".jsonl") {
		format, ctype = render.FormatJSONL, "application/x-ndjson; charset=utf-8"
	}
	q, err := h.queryParam(r)
	if err == nil && q == "" {
		err = ErrNoQuery
	}
	lang := h.opts.Lang
	if err == nil {
		lang, err = choice(r, "lang", h.opts.Lang, "en", "ar")
	}
	if err != nil {
		http.Error(w, "400 "+err.Error(), http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.opts.Timeout)
	defer cancel()
	res, err := h.run(ctx, q)
	if err != nil {
		msg := err.Error()
		if line, col, ok := errorPosition(err); ok {
			msg = fmt.Sprintf("%d:%d: %s", line, col, msg)
		}
		http.Error(w, "400 query error: "+msg, http.StatusBadRequest)
		return
	}
	var b bytes.Buffer
	opts := render.Options{Format: format, Lang: lang}
	if res.isTable {
		err = render.WriteTable(&b, &render.Table{Columns: res.columns, Rows: res.rows}, opts)
	} else {
		err = render.WriteEvents(&b, res.events, h.q.Entity, opts)
	}
	if err != nil {
		http.Error(w, "500 export: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="tl-export.`+string(format)+`"`)
	writeBuffered(w, r, http.StatusOK, ctype, &b)
}
