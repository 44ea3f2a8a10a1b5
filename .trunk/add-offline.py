#!/usr/bin/env python3
"""Trunk post-build hook: writes sw.js, the service worker that lets the app open offline.

Release builds (TRUNK_PROFILE=release) get a worker that keeps this build's files in the
browser: every file in the staging folder except sw.js, by relative URL (with "./" for
the folder itself), each with the SHA-256 of its content, and a version that is a hash of
all of them. Any deploy that changes a file therefore changes sw.js byte for byte, which
is what makes browsers install the new version. Installing fetches every file afresh,
checks each against its hash (a host or CDN half-way through a deploy cannot leave a
mixed version behind: the install fails and is tried again at the next visit), keeps
them in a cache named after the folder and the version, and takes over at once; the
previous version's cache of the same folder is then deleted. The worker answers only
GET requests for those files from its own origin (opening the folder or index.html, with
any query, gets the kept index.html) and lets every other request through untouched. It
never sees the app's saved work: service workers have no localStorage.

Development builds (`trunk serve`) get a worker that does nothing but remove the release
caches of its folder and has no fetch handler, so a developer is never shown stale files.
That is better than writing nothing: a missing sw.js leaves any release worker installed
earlier on the same address in charge of the page, serving an old build.

Trunk starts the hooks of one stage all at once, so Trunk.toml runs this after
.trunk/add-csp.py in the same hook: the hashes are of the finished index.html.
"""
import hashlib
import json
import os
import sys
import urllib.parse

WORKER = "sw.js"

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("add-offline: TRUNK_STAGING_DIR is not set; run me as a Trunk hook")
if not os.path.isfile(os.path.join(staging, "index.html")):
    sys.exit("add-offline: no index.html in the staging folder")

DEV_WORKER = """\
// Partnership Planner's service worker for development builds, written by
// .trunk/add-offline.py. It keeps nothing, so every reload shows the files just built,
// and removes what a release build's worker kept for this folder.
'use strict';

const PREFIX = `partnership-planner ${self.registration.scope} `;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});
"""

RELEASE_WORKER = """\
// Partnership Planner's service worker, written by .trunk/add-offline.py at build time.
// It keeps this version's files so the app opens with no network, answers only requests
// for those files, and never touches the work saved in the browser.
'use strict';

const VERSION = '@VERSION@';
const FILES = @FILES@;

// Cache Storage is shared by every folder of a site: our caches carry this folder's address.
const PREFIX = `partnership-planner ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
const KEPT = new Set(FILES.map((file) => new URL(file.url, self.location).href));
const FOLDER = new URL('./', self.location).href;
const INDEX = new URL('index.html', self.location).href;

const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

async function keepFiles() {
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(
      FILES.map(async ({ url, sha256 }) => {
        // 'no-cache' asks the host again, so an old copy in the HTTP cache cannot slip in.
        const response = await fetch(new Request(url, { cache: 'no-cache' }));
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        const body = await response.arrayBuffer();
        if (hex(await crypto.subtle.digest('SHA-256', body)) !== sha256) {
          throw new Error(`${url} is not the file of version ${VERSION}`);
        }
        // A fresh response: one that came through a redirect cannot answer a page load.
        const { status, statusText, headers } = response;
        await cache.put(url, new Response(body, { status, statusText, headers }));
      }),
    );
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepFiles().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.hash = '';
  let key = url.href;
  if (request.mode === 'navigate' && [FOLDER, INDEX].includes(url.origin + url.pathname)) key = INDEX;
  if (!KEPT.has(key)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((kept) => kept || fetch(request)),
  );
});
"""


def built_files():
    """Every file in the staging folder but the worker, as (relative URL, path), sorted."""
    found = []
    for folder, dirs, names in os.walk(staging):
        dirs.sort()
        for name in names:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, staging).replace(os.sep, "/")
            # Precompressed copies are the host's business: the browser asks for the file.
            if rel != WORKER and not rel.endswith((".gz", ".br")):
                found.append((urllib.parse.quote(rel), path))
    return sorted(found)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


if os.environ.get("TRUNK_PROFILE") == "release":
    files = [{"url": url, "sha256": sha256(path)} for url, path in built_files()]
    index = next(f for f in files if f["url"] == "index.html")
    files.insert(0, {"url": "./", "sha256": index["sha256"]})
    version = hashlib.sha256(
        "".join(f"{f['url']}\0{f['sha256']}\n" for f in files).encode("utf-8")
    ).hexdigest()[:20]
    worker = RELEASE_WORKER.replace("@VERSION@", version).replace(
        "@FILES@", json.dumps(files, indent=2)
    )
else:
    worker = DEV_WORKER

with open(os.path.join(staging, WORKER), "w", encoding="utf-8", newline="\n") as f:
    f.write(worker)
