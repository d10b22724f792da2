package engine

import (
	"reflect"
	"sync"

	"github.com/tl-project/tl/query"
)

// parseCacheSize bounds the parse cache; when it is full it starts over.
const parseCacheSize = 512

// parseCache keeps the syntax trees of recently parsed query texts, so
// that a query run again with other parameters (as an application runs
// its few query shapes) skips the parser, which costs more than running a
// selective query. Check resolves names, binds parameters and records the
// results in the tree, so every caller gets a deep copy of the cached tree
// and the cached one is never checked.
type parseCache struct {
	mu sync.Mutex
	m  map[string]*query.Query
}

// parse returns a syntax tree of src that the caller owns.
func (c *parseCache) parse(src string) (*query.Query, error) {
	c.mu.Lock()
	q, ok := c.m[src]
	c.mu.Unlock()
	if ok {
		return cloneQuery(q), nil
	}
	q, err := query.Parse(src)
	if err != nil {
		return nil, err
	}
	kept := cloneQuery(q)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= parseCacheSize {
		c.m = make(map[string]*query.Query)
	}
	c.m[src] = kept
	c.mu.Unlock()
	return q, nil
}

// cloneQuery returns a deep copy of q: no pointer, slice or map of the
// copy is shared with q.
func cloneQuery(q *query.Query) *query.Query {
	v := reflect.ValueOf(q)
	return deepCopy(v).Interface().(*query.Query)
}

// deepCopy copies v and everything it points to. The query syntax tree
// is a tree of exported fields (pointers, interfaces, slices, strings and
// numbers), with no cycles.
func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		p := reflect.New(v.Type().Elem())
		p.Elem().Set(deepCopy(v.Elem()))
		return p
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(deepCopy(v.Elem()))
		return c
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			c.Index(i).Set(deepCopy(v.Index(i)))
		}
		return c
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		c := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			c.SetMapIndex(deepCopy(it.Key()), deepCopy(it.Value()))
		}
		return c
	case reflect.Struct:
		c := reflect.New(v.Type()).Elem()
		c.Set(v) // scalars, strings and any unexported field
		for i := range v.NumField() {
			if c.Field(i).CanSet() {
				c.Field(i).Set(deepCopy(v.Field(i)))
			}
		}
		return c
	case reflect.Array:
		c := reflect.New(v.Type()).Elem()
		for i := range v.Len() {
			c.Index(i).Set(deepCopy(v.Index(i)))
		}
		return c
	}
	return v
}
