// Click-to-show details for a tl timeline. Marks are SVG groups with class
// "mark" and a data-ev index; details are elements with id "tl-ev-<index>".
// The shown event is kept in the URL fragment (#tl-ev-<index>), so a link
// can open a page on one event. Only the hidden flag and class names are
// touched: no HTML is ever built from data.
(function () {
  "use strict";
  document.documentElement.setAttribute("data-tl-js", "ready");

  function show(index) {
    var details = document.querySelectorAll(".tl-detail");
    for (var i = 0; i < details.length; i++) {
      details[i].hidden = details[i].id !== "tl-ev-" + index;
    }
    var marks = document.querySelectorAll(".mark");
    for (var j = 0; j < marks.length; j++) {
      if (marks[j].getAttribute("data-ev") === index) {
        marks[j].classList.add("selected");
      } else {
        marks[j].classList.remove("selected");
      }
    }
    var hint = document.getElementById("tl-hint");
    if (hint) {
      hint.hidden = true;
    }
  }

  function markOf(target) {
    return target && target.closest ? target.closest(".mark") : null;
  }

  function choose(index) {
    show(index);
    try {
      window.history.replaceState(null, "", "#tl-ev-" + index);
    } catch (err) {
      // Some file: URLs refuse history changes; the details still show.
    }
  }

  document.addEventListener("click", function (e) {
    var m = markOf(e.target);
    if (m) {
      choose(m.getAttribute("data-ev"));
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" && e.key !== " ") {
      return;
    }
    var m = markOf(e.target);
    if (m) {
      e.preventDefault();
      choose(m.getAttribute("data-ev"));
    }
  });

  function fromHash() {
    var m = /^#tl-ev-([0-9]+)$/.exec(window.location.hash);
    if (m) {
      show(m[1]);
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fromHash);
  } else {
    fromHash();
  }
})();
