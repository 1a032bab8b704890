// Ring Check embed loader. Put <div data-ringcheck></div> where the checker should go
// and load this script from the Ring Check server:
//   <script src="https://RING-CHECK-HOST/embed.js" async></script>
// Placeholder options: data-theme="light|dark|auto", data-hide="table,advice,share",
// data-lang="it" (the checker's language; by default the host page's <html lang>),
// data-title="…" (the frame's accessible name).
// Each Ring Check frame posts {type: "ringcheck:resize", height: <CSS pixels>} to this
// page whenever its content height changes; only messages from the Ring Check origin,
// from one of its frames, are taken.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var MAX_HEIGHT = 20000;

  function build() {
    var placeholders = document.querySelectorAll("[data-ringcheck]");
    for (var i = 0; i < placeholders.length; i++) {
      var placeholder = placeholders[i];
      if (placeholder.getAttribute("data-ringcheck-ready")) continue;
      placeholder.setAttribute("data-ringcheck-ready", "1");
      var query = new URLSearchParams();
      var theme = placeholder.getAttribute("data-theme");
      var hide = (placeholder.getAttribute("data-hide") || "").replace(/\s+/g, "");
      if (theme) query.set("theme", theme);
      if (hide) query.set("hide", hide);
      // The article's language, unless the placeholder names another; the server
      // falls back to the reader's browser for one it does not speak.
      var lang = placeholder.getAttribute("data-lang") || document.documentElement.lang;
      if (lang) query.set("lang", lang.slice(0, 35));
      var frame = document.createElement("iframe");
      // Commas stay bare, as the embedded page reads them.
      var search = query.toString().replace(/%2C/gi, ",");
      frame.src = origin + "/embed" + (search ? "?" + search : "");
      frame.title = placeholder.getAttribute("data-title") || "Ring Check: is your network ready for Ring?";
      frame.setAttribute("data-ringcheck-frame", "");
      frame.setAttribute("loading", "lazy");
      // The copy buttons inside need it (Chromium asks it of cross-origin frames).
      frame.setAttribute("allow", "clipboard-write");
      frame.style.cssText = "display:block;width:100%;height:480px;border:0";
      placeholder.appendChild(frame);
    }
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "ringcheck:resize") return;
    var height = Number(data.height);
    if (!(height > 0 && height <= MAX_HEIGHT)) return;
    var frames = document.querySelectorAll("iframe[data-ringcheck-frame]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
      }
    }
  });

  function start() {
    build();
    // Help centers that render articles in the page add placeholders later.
    new MutationObserver(build).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
