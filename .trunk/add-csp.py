#!/usr/bin/env python3
"""Trunk post-build hook: adds a strict Content-Security-Policy to the built index.html.

Trunk's loader is an inline module script, so the policy allows exactly that script by
its SHA-256 hash instead of allowing inline scripts in general. WebAssembly needs
'wasm-unsafe-eval'; everything else comes from the app's own origin, and nothing from
any other.
"""
import base64
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("add-csp: TRUNK_STAGING_DIR is not set; run me as a Trunk hook")
path = os.path.join(staging, "index.html")
with open(path, encoding="utf-8") as f:
    html = f.read()

scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
    for s in scripts
)
policy = "; ".join(
    [
        "default-src 'none'",
        f"script-src 'self' 'wasm-unsafe-eval' {hashes}".strip(),
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
    ]
)
meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
if "Content-Security-Policy" in html:
    sys.exit("add-csp: index.html already has a policy")
html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n    ' + meta, 1)
with open(path, "w", encoding="utf-8") as f:
    f.write(html)
