package gazetteer

// Via values say how a mention was recognised.
const (
	// ViaName marks a mention of an entity's primary English or Arabic
	// name.
	ViaName = "name"
	// ViaAlias marks a mention of a variant spelling or other alias.
	ViaAlias = "alias"
	// ViaDemonym marks a nationality adjective or noun ("الروسي",
	// "الأتراك") that stands for its country.
	ViaDemonym = "demonym"
	// ViaMetonym marks a place or institution that stands for a country
	// ("الكرملين", "البيت الأبيض").
	ViaMetonym = "metonym"
	// ViaRole marks a role phrase ("الرئيس الروسي", "وزير خارجية
	// روسيا"); its Mention has Role and Country or Org set and no
	// EntityID.
	ViaRole = "role"
)

// hit is one thing a key sequence denotes.
type hit struct {
	id  string
	via string
	// lam marks a key whose first word lost its article: it is matched
	// only after a proclitic ending in لل ("للأمم المتحدة").
	lam bool
	// rank orders hits on the same key: lower wins.
	rank int
	// titled marks a surname that is also a common word ("شرف",
	// honour): it names its person alone only after a title.
	titled bool
}

// node is a trie over normalised tokens.
type node struct {
	next map[string]*node
	hits []hit
}

func (n *node) child(tok string) *node {
	if n.next == nil {
		return nil
	}
	return n.next[tok]
}

// insert adds h under the key toks, ignoring an exact duplicate.
func (n *node) insert(toks []string, h hit) {
	cur := n
	for _, t := range toks {
		if cur.next == nil {
			cur.next = make(map[string]*node)
		}
		c := cur.next[t]
		if c == nil {
			c = &node{}
			cur.next[t] = c
		}
		cur = c
	}
	for i, old := range cur.hits {
		if old.id == h.id && old.lam == h.lam {
			if h.rank < old.rank {
				cur.hits[i] = h
			}
			return
		}
	}
	cur.hits = append(cur.hits, h)
}
