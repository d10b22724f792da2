// Package browsertest drives headless Chromium from Go tests, the way
// net/http/httptest drives handlers: find the browser (or skip the test),
// load a URL, let its scripts run, and get back the DOM the browser ended
// with, its console log and, if asked, a screenshot.
//
// # Basics
//
//   - [Find] returns a [Browser], or skips the test when no Chromium is
//     installed or the test runs with -short.
//   - [Browser.Load] loads a page and returns a [Page]: the serialised DOM
//     (parsed with golang.org/x/net/html) and the console output.
//
// # Caveats
//
// Each Load starts a fresh browser with its own temporary profile, no
// network beyond what the URL asks for (background networking, sync,
// component updates and QUIC off), and --no-sandbox, which is needed in
// containers; point it only at servers the test started. A load takes one
// to a few seconds.
package browsertest
