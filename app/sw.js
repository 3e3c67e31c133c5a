// The page's service worker: offline after one visit. Network first, so a new deploy is picked
// up at once; when the network is gone, the copy the cache holds. Every same-origin GET that
// passes through here refreshes its copy; the page also sends the list of everything it and its
// engine's worker load (app/register-sw.js), and what the cache lacks of it is fetched once.
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

// `{ urls }` from the page: caches those not cached yet (a file the host lacks, like a favicon,
// is not needed; an entry that is a list of addresses is alternatives, of which the first the
// host has is cached: a wasm's brotli copy, else the wasm), then answers on the message's port
// `{ state: 'ready' }` when every one is cached, else `{ state: 'partial', failed }`: the first
// file that could not be, and why (the network, or the browser's storage quota, full where the
// disk nearly is).
self.addEventListener('message', (event) => {
  const urls = event.data?.urls;
  if (!Array.isArray(urls)) return;
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const keep = async (entry) => {
      const alternatives = [entry].flat();
      for (const url of alternatives) if (await cache.match(url)) return;
      for (const url of alternatives) {
        const response = await fetch(url);
        if (response.ok) return cache.put(url, response);
      }
    };
    const results = await Promise.allSettled(urls.map(keep));
    const failed = results.findIndex((r) => r.status === 'rejected');
    event.ports[0]?.postMessage(failed < 0
      ? { state: 'ready' }
      : { state: 'partial', failed: `${urls[failed]}: ${results[failed].reason}` });
  })());
});
