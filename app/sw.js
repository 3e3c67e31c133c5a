// The page's service worker: offline after one visit. Network first, so a new deploy is picked
// up at once; when the network is gone, the copy the cache holds. The page fills the cache with
// everything it and its engine's worker need (see index.html), and every same-origin GET that
// passes through here refreshes its copy.
const CACHE = 'subliminal-playground-v1';

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (offline) {
      // A link's settings live in its query (?owl=...): the page is the same whatever they are.
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw offline;
    }
  })());
});
