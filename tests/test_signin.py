"""Sign-in through Streamlit's own st.login against a real OpenID Connect provider on 127.0.0.1
(tests/oidc, see tests/oidc_kit.py), in Chromium, with a throwaway app written for the test: it
proves the kit (provider, secrets.toml, sign_in / sign_out) before the dashboard relies on it."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from browser_kit import TIMEOUT_MS, _log_tail, _start_streamlit, _stop, expect
from oidc_kit import (
    USER_COOKIE,
    cancel_sign_in,
    free_port,
    oidc_provider,
    redirect_uri_for,
    sign_in,
    sign_out,
    write_auth_secrets,
)

pytestmark = pytest.mark.browser

APP = textwrap.dedent(
    """
    import streamlit as st

    if not st.user.is_logged_in:
        st.header("Signed out")
        if st.button("Sign in"):
            st.login()
    else:
        st.header("Signed in")
        st.text(f"email: {st.user.email}")
        st.text(f"name: {st.user.name}")
        st.text(f"email_verified: {st.user.email_verified}")
        if st.button("Sign out"):
            st.logout()
    """
)


def _start_app(workdir: Path, app: Path, port: int, secrets: Path):
    """`streamlit run APP` on 127.0.0.1:port with these secrets; (process, log path, log file) once healthy."""
    proc, _url, log_path, log = _start_streamlit(workdir, port=port, app=app, args=("--secrets.files", str(secrets)))
    return proc, log_path, log


@pytest.fixture(scope="module")
def signin_app(browser, tmp_path_factory):
    """The throwaway app on 127.0.0.1 with an [auth] section pointing at a running test provider;
    yields its base URL. Depends on `browser` so that a missing browser skips first."""
    workdir = tmp_path_factory.mktemp("signin")
    app = workdir / "signin_app.py"
    app.write_text(APP)
    port = free_port()
    with oidc_provider(redirect_uri_for(port), log_dir=workdir) as idp:
        secrets = write_auth_secrets(workdir / "secrets.toml", idp)
        proc, log_path, log = _start_app(workdir, app, port, secrets)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            _stop(proc)
            log.close()
            print(f"streamlit log tail:\n{_log_tail(log_path)}\n\nprovider log tail:\n{idp.log_tail()}")


def _new_page(browser):
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    context.set_default_timeout(TIMEOUT_MS)
    return context, context.new_page()


def _expect_signed_in(page, email: str, name: str) -> None:
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Signed in")).to_be_visible()
    expect(main.get_by_test_id("stText").filter(has_text="email:")).to_have_text(f"email: {email}")
    expect(main.get_by_test_id("stText").filter(has_text="name:")).to_have_text(f"name: {name}")
    expect(main.get_by_test_id("stText").filter(has_text="email_verified:")).to_have_text("email_verified: True")
    expect(main.get_by_role("button", name="Sign in", exact=True)).to_have_count(0)


def _expect_signed_out(page) -> None:
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Signed out")).to_be_visible()
    expect(main.get_by_role("button", name="Sign in", exact=True)).to_be_visible()
    expect(main.get_by_test_id("stText")).to_have_count(0)


def test_sign_in_sign_out_and_sign_in_as_someone_else(signin_app, page, browser):
    page.goto(signin_app + "/")
    _expect_signed_out(page)

    sign_in(page, signin_app, "viewer@example.org")
    _expect_signed_in(page, "viewer@example.org", "viewer")

    # The identity cookie outlives a reload: still signed in, as the same user.
    page.reload()
    _expect_signed_in(page, "viewer@example.org", "viewer")

    sign_out(page, signin_app)
    _expect_signed_out(page)

    context, other = _new_page(browser)
    try:
        other.goto(signin_app + "/")
        _expect_signed_out(other)
        sign_in(other, signin_app, "reviewer@example.org")
        _expect_signed_in(other, "reviewer@example.org", "reviewer")
    finally:
        context.close()


def test_signing_in_again_in_the_same_browser_asks_who_again(signin_app, page):
    """After a sign-out the provider's session is gone too, so the next sign-in in the same browser
    is a new choice of user (Streamlit's prompt=select_account shows the form in any case)."""
    sign_in(page, signin_app, "viewer@example.org")
    _expect_signed_in(page, "viewer@example.org", "viewer")
    sign_out(page, signin_app)
    _expect_signed_out(page)
    sign_in(page, signin_app, "reviewer@example.org")
    _expect_signed_in(page, "reviewer@example.org", "reviewer")


def test_cancelling_at_the_provider_leaves_the_app_signed_out(signin_app, page):
    page.goto(signin_app + "/")
    _expect_signed_out(page)
    cancel_sign_in(page, signin_app)
    _expect_signed_out(page)
    assert USER_COOKIE not in {c["name"] for c in page.context.cookies(signin_app)}
