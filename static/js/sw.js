/* Sanctuary Portal service worker: keeps the pages a reader opened, and the site's CSS and JS,
   so they can be read again without a connection. Served at /sw.js so it covers the site.
   Never cached: the admin, anything that is not a GET, and finder or search results that
   carry a reader's immigration status or search words. */
"use strict";
var PAGES = "portal-pages-v1";
var ASSETS = "portal-assets-v1";
var MAX_PAGES = 60;

function isCacheablePage(url) {
  if (url.origin !== self.location.origin) { return false; }
  if (/^\/(admin|documents|language|api|health|sw\.js)(\/|$)/.test(url.pathname)) { return false; }
  if (url.searchParams.has("status") || url.searchParams.has("q")) { return false; }
  if (/\/(print|embed|feedback|report)\//.test(url.pathname)) { return false; }
  return /^\/[a-z]{2,3}\//.test(url.pathname);
}

function trim(cache) {
  return cache.keys().then(function (keys) {
    if (keys.length <= MAX_PAGES) { return; }
    return cache.delete(keys[0]).then(function () { return trim(cache); });
  });
}

function markSaved(response) {
  var savedAt = response.headers.get("x-portal-saved-at") || new Date().toISOString();
  return response.text().then(function (html) {
    var meta = '<meta name="portal-saved-at" content="' + savedAt.replace(/"/g, "") + '">';
    return new Response(html.replace("</head>", meta + "</head>"), {
      headers: { "Content-Type": "text/html; charset=utf-8" }
    });
  });
}

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }

  if (url.pathname.indexOf("/static/") === 0) {
    // Static files have hashed names in production: cache first.
    event.respondWith(caches.open(ASSETS).then(function (cache) {
      return cache.match(request).then(function (hit) {
        return hit || fetch(request).then(function (response) {
          if (response.ok) { cache.put(request, response.clone()); }
          return response;
        });
      });
    }));
    return;
  }

  if (request.mode !== "navigate" || !isCacheablePage(url)) { return; }
  // Pages: network first, so readers always get the current advice when they can.
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && response.type === "basic") {
      var copy = response.clone();
      var headers = new Headers(copy.headers);
      headers.set("x-portal-saved-at", new Date().toISOString());
      copy.blob().then(function (body) {
        caches.open(PAGES).then(function (cache) {
          cache.put(request, new Response(body, { headers: headers })).then(function () { trim(cache); });
        });
      });
    }
    return response;
  }).catch(function () {
    return caches.open(PAGES).then(function (cache) {
      return cache.match(request).then(function (hit) {
        if (hit) { return markSaved(hit); }
        throw new Error("offline and not saved");
      });
    });
  }));
});
