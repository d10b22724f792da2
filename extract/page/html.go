package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipTags are elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Noscript: true, atom.Iframe: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Template: true, atom.Head: true, atom.Menu: true,
	atom.Object: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
}

// blockTags end a line of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Br: true, atom.Tr: true, atom.Td: true,
	atom.Section: true, atom.Article: true, atom.Blockquote: true, atom.Figcaption: true,
	atom.Figure: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Hr: true,
	atom.Pre: true, atom.Dd: true, atom.Dt: true, atom.Main: true, atom.Time: true,
}

// boilerClasses are class or id fragments of page furniture.
var boilerClasses = []string{
	"share", "social", "related", "menu", "cookie", "newsletter", "subscribe", "breadcrumb",
	"comment", "advert", "banner", "sidebar", "widget", "popup", "modal", "navbar",
	"most-read", "trending", "ticker",
}

// HTMLText extracts the readable text of an HTML document: the title (the
// first h1, else <title>) and the text of its blocks, one block a
// paragraph separated by blank lines. Scripts, styles, navigation,
// headers, footers, asides, forms and elements whose class or id names
// page furniture (share, menu, cookie, newsletter…) are dropped. It uses a
// streaming tokenizer, so deeply nested documents cost no stack.
func HTMLText(src string) (title, text string) {
	z := html.NewTokenizer(strings.NewReader(src))
	var (
		out       strings.Builder
		line      strings.Builder
		skipDepth int      // >0 while inside a skipped element
		skipStack []string // names of open skipped elements
		inTitle   bool
		inH1      bool
		docTitle  string
		h1        strings.Builder
	)
	flush := func() {
		s := strings.Join(strings.Fields(line.String()), " ")
		line.Reset()
		if s == "" {
			return
		}
		if out.Len() > 0 {
			out.WriteString("\n\n")
		}
		out.WriteString(s)
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			title = strings.Join(strings.Fields(h1.String()), " ")
			if title == "" {
				title = docTitle
			}
			return title, out.String()
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if skipDepth > 0 {
				if tt == html.StartTagToken && !isVoid(a) {
					skipStack = append(skipStack, string(name))
					skipDepth++
				}
				continue
			}
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
				continue
			}
			skip := skipTags[a]
			if !skip && hasAttr && tt == html.StartTagToken {
				skip = boilerAttr(z)
			}
			if skip && tt == html.StartTagToken && !isVoid(a) {
				flush()
				skipStack = append(skipStack[:0], string(name))
				skipDepth = 1
				continue
			}
			if blockTags[a] {
				flush()
			}
			if a == atom.H1 && tt == html.StartTagToken {
				inH1 = h1.Len() == 0
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipDepth > 0 {
				if n := len(skipStack); n > 0 && skipStack[n-1] == string(name) {
					skipStack = skipStack[:n-1]
					skipDepth--
				}
				continue
			}
			if a == atom.Title {
				inTitle = false
				continue
			}
			if a == atom.H1 {
				inH1 = false
			}
			if blockTags[a] {
				flush()
			}
		case html.TextToken:
			if skipDepth > 0 {
				continue
			}
			t := string(z.Text())
			if inTitle {
				docTitle += strings.TrimSpace(t)
				continue
			}
			if inH1 {
				h1.WriteString(t)
			}
			line.WriteString(t)
		}
	}
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.Img, atom.Hr, atom.Input, atom.Meta, atom.Link, atom.Area, atom.Base,
		atom.Col, atom.Embed, atom.Source, atom.Track, atom.Wbr, atom.Param:
		return true
	}
	return false
}

func boilerAttr(z *html.Tokenizer) bool {
	for {
		k, v, more := z.TagAttr()
		key := string(k)
		if key == "class" || key == "id" || key == "role" {
			val := strings.ToLower(string(v))
			if key == "role" && (val == "navigation" || val == "banner" || val == "contentinfo") {
				return true
			}
			for _, c := range boilerClasses {
				if strings.Contains(val, c) {
					return true
				}
			}
		}
		if !more {
			return false
		}
	}
}
