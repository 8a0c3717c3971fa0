/* Sanctuary Portal: the only script public pages load. Everything works without it; it adds
   the Escape key to the quick exit, and offline reading through a service worker. */
(function () {
  "use strict";

  /* Quick exit: Escape leaves too, and the portal is replaced in the tab's history so
     "back" does not return to it. */
  var exit = document.querySelector("[data-quick-exit]");
  if (exit) {
    var leave = function (event) {
      if (event) { event.preventDefault(); }
      window.location.replace(exit.href);
    };
    exit.addEventListener("click", leave);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" || event.key === "Esc") { leave(event); }
    });
  }

  /* Offline reading: pages opened once stay readable. The service worker marks a page it
     served from its cache with <meta name="portal-saved-at">; say so, with the date. */
  var saved = document.querySelector('meta[name="portal-saved-at"]');
  var banner = document.querySelector("[data-offline-banner]");
  if (saved && banner) {
    var when = new Date(saved.getAttribute("content"));
    var date = isNaN(when) ? "" : when.toLocaleString(document.documentElement.lang || undefined, {
      dateStyle: "long", timeStyle: "short"
    });
    banner.textContent = banner.textContent.replace("{date}", date);
    banner.hidden = false;
  }
  if ("serviceWorker" in navigator && document.documentElement.hasAttribute("data-sw")) {
    navigator.serviceWorker.register(document.documentElement.getAttribute("data-sw"), { scope: "/" })
      .catch(function () { /* offline reading is a bonus; the site works without it */ });
  }
})();
