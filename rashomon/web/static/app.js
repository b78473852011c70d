// Rashomon web app: the only script, served from this app (the CSP forbids any other).
// 1. On a document page, bring the passage (?span=) or the claim (#c-...) into view and focus it.
// 2. On the timeline, zoom the date window in and out around its middle (a server-side filter).
"use strict";
(function () {
  function reveal() {
    var el = null;
    if (location.hash.length > 1) {
      try { el = document.getElementById(decodeURIComponent(location.hash.slice(1))); } catch (e) { el = null; }
    }
    if (!el) el = document.getElementById("passage");
    if (!el) return;
    var mark = el.tagName === "MARK" ? el : (el.closest("mark") || el.parentElement);
    mark.setAttribute("tabindex", "-1");
    mark.scrollIntoView({block: "center"});
    mark.focus({preventScroll: true});
  }

  function day(s) { var d = new Date(s + "T00:00:00Z"); return isNaN(d) ? null : d; }
  function iso(d) { return d.toISOString().slice(0, 10); }

  function zoom(factor) {
    var form = document.getElementById("tl-filters");
    var box = form.querySelector(".zoom");
    var from = form.elements["from"], to = form.elements["to"];
    var a = day((from.value || box.dataset.min || "").slice(0, 10));
    var b = day((to.value || box.dataset.max || "").slice(0, 10));
    if (!a || !b) return;
    var mid = (a.getTime() + b.getTime()) / 2;
    var half = Math.max(12 * 3600e3, (b.getTime() - a.getTime()) / 2 * factor);
    from.value = iso(new Date(mid - half));
    to.value = iso(new Date(mid + half));
    form.submit();
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (document.querySelector(".doctext")) reveal();
    var zin = document.getElementById("zoom-in"), zout = document.getElementById("zoom-out");
    if (zin && zout) {
      zin.hidden = false; zout.hidden = false;
      zin.addEventListener("click", function () { zoom(0.5); });
      zout.addEventListener("click", function () { zoom(2); });
    }
  });
  window.addEventListener("hashchange", reveal);
  // the browser's own scroll to the fragment comes after DOMContentLoaded: settle once more on load
  window.addEventListener("load", function () { if (document.querySelector(".doctext")) reveal(); });
})();
