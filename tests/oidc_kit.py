"""The sign-in test kit: a real OpenID Connect provider on 127.0.0.1 (the certified `oidc-provider`
npm package, run by tests/oidc/provider.mjs under Node), a Streamlit secrets.toml whose [auth]
section points at it, and a helper that signs in through it in a playwright page.

    port = free_port()                                    # the app's port, chosen before the app
    with oidc_provider(redirect_uri_for(port)) as idp:    # an OidcProvider, stopped afterwards
        secrets = write_auth_secrets(tmp / "secrets.toml", idp)
        ... start `streamlit run APP --server.port PORT --secrets.files SECRETS` ...
        sign_in(page, f"http://127.0.0.1:{port}", "viewer@example.org")
        sign_out(page, f"http://127.0.0.1:{port}")

The provider accepts any login name, and the login IS the user's e-mail: its ID token carries
sub = email = the login, email_verified = true and name = the part before "@". Its one page is a
form with a text box labelled "E-mail" and the buttons "Continue" and "Cancel" (Cancel sends
access_denied back to the app); there is no consent page. It shows that form at every sign-in,
since Streamlit sends prompt=select_account. Its sign-out confirmation submits itself.

Streamlit checks the user cookie against the origin of redirect_uri: open the app at exactly
http://127.0.0.1:PORT (not localhost), the origin redirect_uri_for() gives.

The node packages are installed on first use (`npm ci` in tests/oidc, when node_modules is
missing or holds another oidc-provider version than package.json pins). Without node or npm,
the tests that use the provider are skipped, except with CI=true, where that is a failure (the
same rule as the `browser` fixture in browser_kit.py).
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser_kit import _free_port, _log_tail, _stop

OIDC_DIR = Path(__file__).resolve().parent / "oidc"
PROVIDER_SCRIPT = OIDC_DIR / "provider.mjs"
NODE_MIN_MAJOR = 18  # what the pinned oidc-provider supports
NPM_TIMEOUT = 300  # seconds for `npm ci`
PROVIDER_STARTUP_TIMEOUT = 30  # seconds for the provider to serve its discovery document
READY = re.compile(r"^oidc-provider ready: (http://127\.0\.0\.1:\d+)$", re.M)
USER_COOKIE = "_streamlit_user"  # Streamlit's signed identity cookie, set by its /oauth2callback

free_port = _free_port  # a free TCP port on 127.0.0.1, e.g. for the app before it starts


def _unavailable(problem: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"sign-in tests are required in CI (CI=true), but {problem}", pytrace=False)
    pytest.skip(problem)


def node_tools() -> tuple[str, str]:
    """Paths of node and npm; skips (or fails, with CI=true) when either is missing or too old."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        _unavailable("Node.js and npm are needed for the test OpenID provider (apt-get install nodejs npm)")
    version = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    match = re.match(r"v(\d+)\.", version)
    if not match or int(match.group(1)) < NODE_MIN_MAJOR:
        _unavailable(f"the test OpenID provider needs Node.js {NODE_MIN_MAJOR} or later, this is {version or '?'}")
    return node, npm


def _pinned_version() -> str:
    return json.loads((OIDC_DIR / "package.json").read_text())["dependencies"]["oidc-provider"]


def _installed_version() -> str | None:
    try:
        return json.loads((OIDC_DIR / "node_modules" / "oidc-provider" / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        return None


def ensure_node_deps(npm: str) -> None:
    """`npm ci` in tests/oidc unless node_modules already holds the pinned oidc-provider.

    A lock in the temp directory keeps two test processes from installing at the same time.
    """
    if _installed_version() == _pinned_version():
        return
    with open(Path(tempfile.gettempdir()) / "factcheck-oidc-npm.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _installed_version() == _pinned_version():  # another process did it meanwhile
            return
        try:
            done = subprocess.run(
                [npm, "ci", "--prefix", str(OIDC_DIR), "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=OIDC_DIR, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=NPM_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"`npm ci` in {OIDC_DIR} took more than {NPM_TIMEOUT} s", pytrace=False)
        if done.returncode != 0 or _installed_version() != _pinned_version():
            pytest.fail(
                f"`npm ci` in {OIDC_DIR} exited {done.returncode} without installing oidc-provider "
                f"{_pinned_version()}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}",
                pytrace=False,
            )


@dataclass(frozen=True)
class OidcProvider:
    issuer: str  # http://127.0.0.1:PORT
    client_id: str
    client_secret: str
    redirect_uris: tuple[str, ...]
    log_path: Path  # the provider's stdout and stderr

    @property
    def metadata_url(self) -> str:
        """The discovery document, what Streamlit's server_metadata_url points at."""
        return f"{self.issuer}/.well-known/openid-configuration"

    def log_tail(self, lines: int = 40) -> str:
        return _log_tail(self.log_path, lines)


def redirect_uri_for(app_port: int) -> str:
    """The redirect URI of a Streamlit app on 127.0.0.1:app_port (its /oauth2callback)."""
    return f"http://127.0.0.1:{app_port}/oauth2callback"


@contextmanager
def oidc_provider(
    redirect_uris: str | Sequence[str],
    *,
    client_id: str = "factcheck-tests",
    client_secret: str | None = None,
    log_dir: Path | None = None,
) -> Iterator[OidcProvider]:
    """Run the test provider on a free port (the system picks it) with one confidential client;
    yield an OidcProvider once its discovery document answers; stop it afterwards.

    redirect_uris are also registered as the client's post-logout redirect URIs. client_secret is
    random unless given. The log goes to log_dir (a temp directory unless given) as oidc-provider.log.
    """
    node, npm = node_tools()
    ensure_node_deps(npm)
    uris = (redirect_uris,) if isinstance(redirect_uris, str) else tuple(redirect_uris)
    client_secret = client_secret or secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory(prefix="factcheck-oidc-") as tmp:
        log_path = Path(log_dir or tmp) / "oidc-provider.log"
        args = [node, str(PROVIDER_SCRIPT), "--port", "0", "--client-id", client_id, "--client-secret", client_secret]
        for uri in uris:
            args += ["--redirect-uri", uri]
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(args, cwd=OIDC_DIR, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            try:
                issuer = _wait_until_serving(proc, log_path)
                yield OidcProvider(issuer, client_id, client_secret, uris, log_path)
            finally:
                _stop(proc)


def _wait_until_serving(proc: subprocess.Popen, log_path: Path) -> str:
    """The issuer, once the provider has printed its ready line and serves discovery."""
    deadline = time.monotonic() + PROVIDER_STARTUP_TIMEOUT
    issuer = None
    while True:
        if proc.poll() is not None:
            pytest.fail(f"the OpenID provider exited with code {proc.returncode}; log tail:\n"
                        + _log_tail(log_path), pytrace=False)
        if issuer is None:
            match = READY.search(log_path.read_text(errors="replace"))
            issuer = match and match.group(1)
        if issuer:
            try:
                with urllib.request.urlopen(f"{issuer}/.well-known/openid-configuration", timeout=2) as resp:
                    if resp.status == 200 and json.load(resp).get("issuer") == issuer:
                        return issuer
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError, ValueError):
                pass
        if time.monotonic() > deadline:
            pytest.fail(f"the OpenID provider did not serve its discovery document within "
                        f"{PROVIDER_STARTUP_TIMEOUT} s; log tail:\n" + _log_tail(log_path), pytrace=False)
        time.sleep(0.1)


def _toml_string(value: str) -> str:
    return json.dumps(value)  # a JSON string of printable text is a valid TOML basic string


def write_auth_secrets(
    path: Path,
    provider: OidcProvider,
    redirect_uri: str | None = None,
    *,
    cookie_secret: str | None = None,
) -> Path:
    """Write a secrets.toml whose [auth] section signs in through `provider`; return its path.

    redirect_uri defaults to the provider's first registered one; cookie_secret is random unless
    given. Pass the file to Streamlit as `--secrets.files PATH`.
    """
    auth = {
        "redirect_uri": redirect_uri or provider.redirect_uris[0],
        "cookie_secret": cookie_secret or secrets.token_hex(32),
        "client_id": provider.client_id,
        "client_secret": provider.client_secret,
        "server_metadata_url": provider.metadata_url,
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[auth]\n" + "".join(f"{key} = {_toml_string(value)}\n" for key, value in auth.items()))
    return path


def _is_callback(url: str) -> bool:
    return urlsplit(url).path.endswith("/oauth2callback")


def _user_cookie(page, base_url: str):
    return next((c for c in page.context.cookies(base_url) if c["name"] == USER_COOKIE), None)


def _wait_for_base(page, base: str, doing: str) -> None:
    try:
        page.wait_for_url(lambda url: url.rstrip("/") == base)
    except Exception as exc:  # playwright's TimeoutError: say where the browser is instead
        raise AssertionError(f"{doing}: expected to be back at {base}/, the page is at {page.url}") from exc


def sign_in(page, base_url: str, email: str, *, button: str = "Sign in") -> None:
    """Sign in to a Streamlit app as `email` through the test provider.

    Opens base_url unless the page is already on the app, clicks the app's button labelled
    `button` (which must call st.login), types `email` into the provider's "E-mail" box, clicks
    "Continue" and waits until Streamlit's /oauth2callback has sent the browser back to the app's
    root. Raises AssertionError when the app did not set its identity cookie (the app's log then
    says why, e.g. the token exchange failed). Returns nothing; the page is at the app's root, and
    the script may still be running: wait for what you expect to see.
    """
    base = base_url.rstrip("/")
    if not (page.url == base or page.url.startswith(base + "/")):
        page.goto(base + "/")
    page.get_by_role("button", name=button, exact=True).click()
    box = page.get_by_role("textbox", name="E-mail", exact=True)
    try:
        box.wait_for()
    except Exception as exc:
        raise AssertionError(f"signing in as {email}: the provider's login form did not appear; "
                             f"the page is at {page.url}") from exc
    box.fill(email)
    with page.expect_response(lambda response: _is_callback(response.url)) as callback:
        page.get_by_role("button", name="Continue", exact=True).click()
    assert callback.value.status in (302, 303, 307), f"/oauth2callback answered {callback.value.status}"
    _wait_for_base(page, base, f"signing in as {email}")
    assert _user_cookie(page, base) is not None, (
        f"signing in as {email}: back at the app without its {USER_COOKIE} cookie "
        "(the app's log says why, e.g. the token exchange with the provider failed)")


def sign_out(page, base_url: str, *, button: str = "Sign out") -> None:
    """Click the app's button labelled `button` (which must call st.logout) and wait until the
    browser has been through the provider's end_session (which ends the provider's session too)
    and back to the app's root without the identity cookie."""
    base = base_url.rstrip("/")
    with page.expect_request(lambda request: _is_callback(request.url)):  # the post-logout redirect
        page.get_by_role("button", name=button, exact=True).click()
    _wait_for_base(page, base, "signing out")
    assert _user_cookie(page, base) is None, f"signed out, but the {USER_COOKIE} cookie is still there"


def cancel_sign_in(page, base_url: str, *, button: str = "Sign in") -> None:
    """Click the app's sign-in button, then "Cancel" at the provider (access_denied goes back to
    the app), and wait until the browser is back at the app's root."""
    base = base_url.rstrip("/")
    if not (page.url == base or page.url.startswith(base + "/")):
        page.goto(base + "/")
    page.get_by_role("button", name=button, exact=True).click()
    with page.expect_request(lambda request: _is_callback(request.url)):
        page.get_by_role("button", name="Cancel", exact=True).click()
    _wait_for_base(page, base, "cancelling the sign-in")
