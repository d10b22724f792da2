package engine

// chunkBits sets the size of a chunkedList's chunks: 64Ki elements.
const chunkBits = 16

// chunkedList is a list that grows a chunk at a time: appending never
// copies what it holds, and a pointer to an element stays valid. Load
// keeps a record of every event it merges in one (tens of millions at
// 10M events), where an append-grown slice copied the whole list at each
// doubling and touched fresh pages for every copy.
type chunkedList[T any] struct {
	chunks [][]T
	n      int
}

// add appends x and returns its index.
func (c *chunkedList[T]) add(x T) int {
	if c.n>>chunkBits == len(c.chunks) {
		c.chunks = append(c.chunks, make([]T, 0, 1<<chunkBits))
	}
	k := c.n >> chunkBits
	c.chunks[k] = append(c.chunks[k], x)
	c.n++
	return c.n - 1
}

// at returns a pointer to element i.
func (c *chunkedList[T]) at(i int32) *T {
	return &c.chunks[i>>chunkBits][i&(1<<chunkBits-1)]
}

// len returns how many elements c holds.
func (c *chunkedList[T]) len() int { return c.n }
