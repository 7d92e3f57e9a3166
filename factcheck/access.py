"""Who may do what: roles from configuration, and the check every write makes.

The dashboard decides who is at the keyboard (the signed-in e-mail, or in local mode the name
typed in the sidebar) and passes it down as an Actor; the functions that change the database
call `require` themselves, so hiding a button is never the only guard. A replayed widget
message from a viewer's browser reaches the same check and is refused.

Roles come from the `[roles]` table of .streamlit/secrets.toml, by e-mail or by domain:

    [roles]
    admin = ["chief@example.org"]
    reviewer = ["@example.org"]
    viewer = ["@partner.example"]

An entry naming the exact e-mail beats a domain entry (so one person of a reviewing domain can
be made a viewer); among entries of the same kind the higher role wins.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from factcheck.errors import FactcheckError, InvalidInput

ROLES = ("viewer", "reviewer", "admin")
ROLE_LABELS = {"viewer": "Viewer", "reviewer": "Reviewer", "admin": "Admin"}

# Each kind of change and the least role that may make it; reading and exporting need any role.
ACTIONS = {
    "read": ("viewer", "read claims"),
    "export": ("viewer", "export claims"),
    "mark": ("reviewer", "mark claims"),
    "ingest": ("reviewer", "add articles"),
    "bulk_mark": ("admin", "mark every matching claim at once"),
    "import": ("admin", "import claim sets"),
    "edit_vocabulary": ("admin", "edit the vocabularies"),
}


class NotAllowed(FactcheckError):
    """The person's role does not allow this change; nothing was written."""


@dataclass(frozen=True)
class Actor:
    """The person behind a change. `name` is what the audit records."""

    name: str
    role: str | None
    signed_in: bool = False

    def can(self, action: str) -> bool:
        least = ACTIONS[action][0]
        return self.role is not None and ROLES.index(self.role) >= ROLES.index(least)


def local(name: str | None) -> Actor:
    """Local mode and the CLI: whoever can reach this machine's database may do everything.

    The dashboard only runs in local mode bound to 127.0.0.1 (see .streamlit/config.toml), and
    the CLI needs the database file itself; the audit records the name they give.
    """
    return Actor(name=(name or "").strip(), role="admin", signed_in=False)


def parse_roles(config: Mapping | None) -> dict[str, tuple[str, ...]]:
    """The `[roles]` table checked: {role: (entries…)}; a wrong entry stops the app with its name."""
    parsed: dict[str, tuple[str, ...]] = {}
    for role, entries in (config or {}).items():
        if role not in ROLES:
            raise InvalidInput(f"Unknown role {role!r} under [roles]; use {', '.join(ROLES)}.")
        if isinstance(entries, str):
            entries = [entries]
        cleaned = []
        for entry in entries:
            text = str(entry).strip().lower()
            local_part, at, domain = text.rpartition("@")
            if not at or not domain or "." not in domain or " " in text:
                raise InvalidInput(
                    f"[roles] {role}: {entry!r} is neither an e-mail (name@example.org) nor a domain (@example.org)."
                )
            cleaned.append(text)
        parsed[role] = tuple(cleaned)
    return parsed


def role_for(email: str | None, roles: Mapping[str, tuple[str, ...]]) -> str | None:
    """The role an e-mail has under parsed roles: exact e-mail first, then its domain; None if neither."""
    email = (email or "").strip().lower()
    if "@" not in email:
        return None
    domain = "@" + email.rpartition("@")[2]
    for wanted in (email, domain):
        matching = [role for role, entries in roles.items() if wanted in entries]
        if matching:
            return max(matching, key=ROLES.index)
    return None


def signed_in(email: str | None, roles: Mapping[str, tuple[str, ...]], *, email_verified: bool | None = True) -> Actor:
    """The Actor for a signed-in user. An e-mail the provider marks unverified gets no role."""
    email = (email or "").strip()
    role = role_for(email, roles) if email_verified is not False else None
    return Actor(name=email, role=role, signed_in=True)


def needs(action: str) -> str:
    """One sentence for someone shown a control their role cannot use."""
    least, doing = ACTIONS[action]
    return f"To {doing} you need the {ROLE_LABELS[least].lower()} role; ask an admin if you should have it."


def require(actor: Actor | None, action: str) -> None:
    """Refuse the action unless the actor's role allows it; the message says what to ask for."""
    least, doing = ACTIONS[action]
    if actor is None or actor.role is None:
        raise NotAllowed(f"You have no role on this desk, so you cannot {doing}: ask an admin for access.")
    if not actor.can(action):
        raise NotAllowed(
            f"As a {ROLE_LABELS[actor.role].lower()} you cannot {doing}; that needs the "
            f"{ROLE_LABELS[least].lower()} role. Ask an admin if you should have it."
        )
