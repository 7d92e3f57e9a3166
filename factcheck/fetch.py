"""Fetching an article page from the web, carefully: http(s) only, public addresses only, bounded.

Every hop of a redirect is checked again, after DNS, so a public name that points (or redirects)
at 127.0.0.1, 10.x or the cloud metadata address is refused. Hosts in the allow-list (the
FACTCHECK_FETCH_ALLOW environment variable, comma-separated, e.g. for a test server on
127.0.0.1) skip the address check only.
"""
from __future__ import annotations

import http.client
import ipaddress
import os
import socket
from urllib.parse import urljoin, urlparse

from factcheck.errors import InvalidInput

MAX_BYTES = 5_000_000
TIMEOUT_S = 10
MAX_REDIRECTS = 5
ALLOW_ENV = "FACTCHECK_FETCH_ALLOW"
USER_AGENT = "factcheck-desk/1.0 (article ingest)"


def allowed_hosts() -> set[str]:
    return {h.strip().lower() for h in os.environ.get(ALLOW_ENV, "").split(",") if h.strip()}


def _check_address(host: str, port: int) -> str:
    """The IP to connect to, after refusing private, loopback, link-local and reserved ones."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        raise InvalidInput(f"Cannot find the host {host!r}; check the address.") from None
    addresses = [info[4][0] for info in infos]
    if host.lower() in allowed_hosts():
        return addresses[0]
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise InvalidInput(f"{host} points to {address}, a private or local address; the desk only fetches "
                               f"public pages (an admin can allow a host in {ALLOW_ENV}).")
    return addresses[0]


def fetch(url: str) -> tuple[str, str]:
    """(html, final url) of a public web page, or a clear InvalidInput."""
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlparse(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidInput(f"Only http:// and https:// links can be fetched; {url!r} is not one.")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = _check_address(parts.hostname, port)
        connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        connection = connection_class(parts.hostname, port, timeout=TIMEOUT_S)
        if parts.scheme == "http":
            connection.host = address  # connect to the address we checked, not a second DNS answer
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            connection.request("GET", path, headers={"User-Agent": USER_AGENT, "Host": parts.netloc,
                                                     "Accept": "text/html,application/xhtml+xml,text/plain"})
            response = connection.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise InvalidInput(f"{url} redirects without saying where.")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise InvalidInput(f"{url} answered {response.status} {response.reason}.")
            body = response.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise InvalidInput(f"{url} is larger than {MAX_BYTES // 1_000_000} MB; save the article text and "
                                   "paste it instead.")
            charset = response.headers.get_content_charset() or "utf-8"
            return body.decode(charset, errors="replace"), url
        except (OSError, http.client.HTTPException) as exc:
            raise InvalidInput(f"Could not fetch {url}: {exc}.") from None
        finally:
            connection.close()
    raise InvalidInput(f"{url} redirects more than {MAX_REDIRECTS} times.")
