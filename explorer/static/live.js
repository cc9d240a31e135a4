// Live updates: when the indexer stores new blocks (server-sent events from /api/stream),
// and every 5 s on pages showing why tasks wait, the page's <main> is fetched again and
// swapped in, unless the reader is typing or has selected text. The pages work the same
// without this script, by reloading.
(function () {
  "use strict";
  // Content-Security-Policy violations (the server forbids inline script and style) are
  // counted here, so that tests and curious readers can see none happened.
  window.pocoCSPViolations = window.pocoCSPViolations || [];
  document.addEventListener("securitypolicyviolation", function (e) {
    window.pocoCSPViolations.push(e.violatedDirective + " " + e.blockedURI);
  });
  if (!window.EventSource || !window.fetch || !window.DOMParser) return;
  var live = document.getElementById("live");
  var busy = false, again = false, last = 0;
  function refresh() {
    if (busy) { again = true; return; }
    if (document.querySelector("main [data-live=off]")) return; // a page whose script keeps its own state (account)
    var sel = window.getSelection && String(window.getSelection());
    var a = document.activeElement;
    if (sel || (a && (a.tagName === "INPUT" || a.tagName === "TEXTAREA"))) return;
    busy = true;
    fetch(location.href, { headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var next = new DOMParser().parseFromString(html, "text/html").querySelector("main");
        var main = document.querySelector("main");
        if (next && main && next.innerHTML !== main.innerHTML) {
          var open = Array.prototype.map.call(main.querySelectorAll("details[open] summary"), function (s) { return s.textContent; });
          main.innerHTML = next.innerHTML;
          Array.prototype.forEach.call(main.querySelectorAll("details summary"), function (s) {
            if (open.indexOf(s.textContent) >= 0) s.parentNode.open = true;
          });
        }
      })
      .catch(function () {})
      .then(function () { busy = false; if (again) { again = false; setTimeout(refresh, 500); } });
  }
  function onProgress(e) {
    var p = {};
    try { p = JSON.parse(e.data); } catch (_) {}
    if (live) {
      live.className = "on";
      live.textContent = p.rolledBack ? "Live · chain reorganisation: " + p.rolledBack + " blocks rolled back"
                                      : "Live · indexed up to block " + p.to;
    }
    var now = Date.now();
    if (p.events || p.rolledBack) {
      if (now - last > 1500) { last = now; refresh(); } else { setTimeout(refresh, 1500); }
    }
  }
  // The stream is closed when the page is left: a browser keeps a handful of connections
  // per server, and streams of pages kept in its history cache would use them up.
  var es = null;
  function connect() {
    if (es) return;
    es = new EventSource("/api/stream");
    es.addEventListener("progress", onProgress);
    es.onerror = function () { if (live) { live.className = ""; live.textContent = "Live updates paused: reconnecting…"; } };
  }
  // What a pool's scheduler says (why tasks wait) changes without chain events: a page
  // that shows it (an element with data-poll) is fetched again every 5 seconds while it
  // is visible.
  setInterval(function () {
    if (!document.hidden && document.querySelector("main [data-poll]")) refresh();
  }, 5000);
  window.addEventListener("pagehide", function () { if (es) { es.close(); es = null; } });
  window.addEventListener("pageshow", connect);
  connect();
})();
