"""Fetching an article page from the web, carefully: http(s) only, public addresses only, bounded.

Every hop of a redirect is checked again, after DNS, so a public name that points (or redirects)
at 127.0.0.1, 10.x or the cloud metadata address is refused; the connection then goes to the very
address that was checked (for https too, with the certificate still verified for the name), so a
second DNS answer cannot swap in a private one. Hosts in the allow-list (the FACTCHECK_FETCH_ALLOW
environment variable, comma-separated, e.g. for a test server on 127.0.0.1) skip the address
check only. A page is read up to MAX_BYTES and for at most TOTAL_S seconds in all.
"""
from __future__ import annotations

import codecs
import http.client
import ipaddress
import os
import socket
import time
from urllib.parse import quote, urljoin, urlparse

from factcheck.errors import InvalidInput

MAX_BYTES = 5_000_000
TIMEOUT_S = 10  # for any one network step
TOTAL_S = 30  # for the whole page, however slowly it trickles in
MAX_REDIRECTS = 5
ALLOW_ENV = "FACTCHECK_FETCH_ALLOW"
USER_AGENT = "factcheck-desk/1.0 (article ingest)"
MAX_URL_CHARS = 2_000
PATH_SAFE = "/%?=&;:@+$,!*'()~[]"  # kept as they are in a path and query; anything else is %-encoded


def allowed_hosts() -> set[str]:
    return {h.strip().lower() for h in os.environ.get(ALLOW_ENV, "").split(",") if h.strip()}


def _check_address(host: str, port: int) -> str:
    """The IP to connect to, after refusing private, loopback, link-local and reserved ones."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError, ValueError):  # gaierror; an impossible name
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


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, ASCII host name, port, path with query) of a link the desk may fetch, before any DNS;
    anything else is a clear InvalidInput: other schemes, no host, a bad port, spaces or control
    characters, a host name no DNS could hold."""
    shown = url if len(url) <= 200 else url[:200] + "…"
    if len(url) > MAX_URL_CHARS:
        raise InvalidInput(f"That link is {len(url):,} characters long; a link to an article has far fewer.")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise InvalidInput(f"A link has no spaces or control characters; {shown!r} has some.")
    try:
        parts = urlparse(url)
        host, port = parts.hostname, parts.port
    except ValueError:  # "http://[::1", "http://host:99999", "http://host:abc"
        raise InvalidInput(f"{shown!r} is not a valid link (its host or port cannot be read).") from None
    if parts.scheme not in ("http", "https") or not host:
        raise InvalidInput(f"Only http:// and https:// links can be fetched; {shown!r} is not one.")
    if port == 0:
        raise InvalidInput(f"{shown!r} names port 0, which no web server uses.")
    try:
        ascii_host = host if host.startswith("[") or ":" in host else host.encode("idna").decode("ascii")
    except UnicodeError:
        raise InvalidInput(f"{shown!r} is not a valid link: {host!r} cannot be a host name.") from None
    path = quote(parts.path or "/", safe=PATH_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=PATH_SAFE)
    return parts.scheme, ascii_host, port or (443 if parts.scheme == "https" else 80), path


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """TLS to the address that was checked, not to whatever the name resolves to next; the
    certificate is still verified against the host name (SNI and hostname check use it)."""

    def __init__(self, host: str, port: int, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _connection(scheme: str, host: str, port: int, address: str) -> http.client.HTTPConnection:
    if scheme == "https":
        return _PinnedHTTPSConnection(host, port, address, TIMEOUT_S)
    connection = http.client.HTTPConnection(host, port, timeout=TIMEOUT_S)
    connection.host = address  # connect to the address we checked, not a second DNS answer
    return connection


def _read_capped(response, url: str) -> bytes:
    """The body, refused beyond MAX_BYTES or TOTAL_S (a server may drip a byte every few seconds)."""
    deadline = time.monotonic() + TOTAL_S
    chunks, size = [], 0
    while chunk := response.read(65536):
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_BYTES:
            raise InvalidInput(f"{url} is larger than {MAX_BYTES // 1_000_000} MB; save the article text and "
                               "paste it instead.")
        if time.monotonic() > deadline:
            raise InvalidInput(f"{url} took longer than {TOTAL_S} s to send its page; try again later or paste "
                               "the text.")
    return b"".join(chunks)


def _charset(response) -> str:
    charset = response.headers.get_content_charset() or "utf-8"
    try:
        return codecs.lookup(charset).name
    except LookupError:  # a page may claim any charset; read an unknown one as UTF-8
        return "utf-8"


def fetch(url: str) -> tuple[str, str]:
    """(html, final url) of a public web page, or a clear InvalidInput."""
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port, path = check_url(url)
        address = _check_address(host, port)
        connection = _connection(scheme, host, port, address)
        default_port = port == (443 if scheme == "https" else 80)
        host_header = (f"[{host}]" if ":" in host else host) + ("" if default_port else f":{port}")
        try:
            connection.request("GET", path, headers={"User-Agent": USER_AGENT, "Host": host_header,
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
            body = _read_capped(response, url)
            return body.decode(_charset(response), errors="replace"), url
        except (OSError, http.client.HTTPException, ValueError) as exc:  # ValueError: e.g. a bad header
            raise InvalidInput(f"Could not fetch {url}: {exc}.") from None
        finally:
            connection.close()
    raise InvalidInput(f"{url} redirects more than {MAX_REDIRECTS} times.")
