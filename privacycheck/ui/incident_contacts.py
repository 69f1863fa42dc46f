"""Whom to call when a client finds you: the organisation's contacts from its managed configuration, or, without
them, the person's own, kept sealed in the store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton

from privacycheck.errors import PrivacycheckError
from privacycheck.ui.notice import open_url
from privacycheck.ui.widgets import Card, plain_label

if TYPE_CHECKING:
    from privacycheck.services.managed import Contact
    from privacycheck.storage.store import Store

OWN_KEY = "own_contacts"
ROLES = ("supervisor", "security", "eap", "union", "other")


def role_name(role: str) -> str:
    names = {
        "supervisor": QCoreApplication.translate("Contacts", "Supervisor"),
        "security": QCoreApplication.translate("Contacts", "Security"),
        "eap": QCoreApplication.translate("Contacts", "Employee assistance programme"),
        "union": QCoreApplication.translate("Contacts", "Union"),
        "other": QCoreApplication.translate("Contacts", "Other"),
    }
    return names.get(role, role)


def contact_line(contact: Contact) -> str:
    """One contact in one line: "Security desk (Security): +1 555 010 2911, security@example.org, 24 hours a day"."""
    details = ", ".join(part for part in (contact.phone, contact.email, contact.hours) if part)
    head = f"{contact.name} ({role_name(contact.role)})"
    return f"{head}: {details}" if details else head


def own_contacts(store: Store | None) -> list[Contact]:
    from privacycheck.services.managed import Contact

    if store is None:
        return []
    found = (store.sealed_pref(OWN_KEY) or {}).get("contacts", [])
    return [Contact.of(entry) for entry in found if isinstance(entry, dict) and entry.get("name") and entry.get("role")]


class ContactsCard(Card):
    def __init__(
        self,
        contacts: Sequence[Contact],
        procedure_url: str | None,
        store: Store | None,
        guarded: Callable[[Callable[..., None]], Callable[..., None]],
    ) -> None:
        super().__init__()
        self._store = store
        self.managed = bool(contacts)
        self.layout_.addWidget(plain_label(self.tr("Whom to call"), bold=True, size=13))
        self.lines: list[Any] = []
        if contacts:
            self.layout_.addWidget(plain_label(self.tr("Your organisation's contacts:")))
            for contact in contacts:
                line = plain_label(contact_line(contact), selectable=True)
                self.lines.append(line)
                self.layout_.addWidget(line)
        else:
            self.layout_.addWidget(
                plain_label(
                    self.tr("Your own contacts: your supervisor, security, your employee assistance programme.")
                )
            )
            self.own = plain_label("", selectable=True)
            self.layout_.addWidget(self.own)
            row = QHBoxLayout()
            self.name = QLineEdit()
            self.name.setPlaceholderText(self.tr("Name"))
            self.role = QComboBox()
            for role in ROLES:
                self.role.addItem(role_name(role), role)
            self.phone = QLineEdit()
            self.phone.setPlaceholderText(self.tr("Phone"))
            self.email = QLineEdit()
            self.email.setPlaceholderText(self.tr("E-mail"))
            self.role.setAccessibleName(self.tr("Role"))
            for widget in (self.name, self.role, self.phone, self.email):
                if isinstance(widget, QLineEdit):
                    widget.setAccessibleName(widget.placeholderText())
                row.addWidget(widget)
            add = QPushButton(self.tr("Add"))
            add.clicked.connect(guarded(self._add))
            clear = QPushButton(self.tr("Remove all"))
            clear.clicked.connect(guarded(self._clear))
            row.addWidget(add)
            row.addWidget(clear)
            self.layout_.addLayout(row)
            self._show_own()
        if procedure_url:
            button = QPushButton(self.tr("Your organisation's incident procedure"))
            button.setToolTip(procedure_url)
            button.setAccessibleDescription(procedure_url)
            button.clicked.connect(lambda _=False: open_url(self, procedure_url))
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            self.layout_.addLayout(row)

    def _show_own(self) -> None:
        found = own_contacts(self._store)
        self.own.setText("\n".join(contact_line(c) for c in found) if found else self.tr("None entered yet."))

    @Slot()
    def _add(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            raise PrivacycheckError(self.tr("Enter a name."), title=self.tr("Not added"))
        if self._store is None:
            raise PrivacycheckError(self.tr("Your data is not stored."), title=self.tr("Not added"))
        entry = {"name": name[:200], "role": self.role.currentData()}
        for key, field in (("phone", self.phone), ("email", self.email)):
            value = " ".join(field.text().split())
            if value:
                entry[key] = value[:200]
        current = [c.to_json() for c in own_contacts(self._store)]
        self._store.set_sealed_pref(OWN_KEY, {"contacts": [*current, entry][:12]})
        for field in (self.name, self.phone, self.email):
            field.clear()
        self._show_own()

    @Slot()
    def _clear(self) -> None:
        if self._store is not None:
            self._store.set_sealed_pref(OWN_KEY, None)
        self._show_own()


def tray_contacts(window: Any) -> list[tuple[str, str]]:
    """The contacts for the tray menu: the organisation's, else the person's own; each as (line shown, text copied:
    the phone number, else the e-mail address)."""
    context = window.context
    config = context.managed.config if context.managed else None
    found = list(config.contacts) if config and config.contacts else own_contacts(context.store)
    return [(contact_line(c), c.phone or c.email or c.name) for c in found]
