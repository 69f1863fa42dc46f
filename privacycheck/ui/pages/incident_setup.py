"""The page "When a client finds you", made from the window's context: packs, session, store, managed contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from privacycheck.core.model import PLATFORMS

if TYPE_CHECKING:
    from privacycheck.ui.pages.incident import IncidentPage
    from privacycheck.ui.window import MainWindow

ABSORBED_GUIDE = "selfdisclosure.it_already_happened"
"""The pack guide this page replaces (its steps live on in resources/guidance/incident.json); other guides follow."""


def incident_page(window: MainWindow) -> IncidentPage:
    from privacycheck.core.lockdown import load_guidance, lockdown_path
    from privacycheck.ui.pages.incident import IncidentPage

    context = window.context
    session, checklist = context.session, context.checklist
    assert session is not None and checklist is not None
    answers = session.answers
    platforms = [name for name in PLATFORMS if name in answers.platforms]
    config = context.managed.config if context.managed else None
    guides = [g for pack in checklist.packs for g in pack.guides if g.id != ABSORBED_GUIDE]
    page = IncidentPage(
        window.lang,
        load_guidance(),
        lockdown_path(checklist, answers),
        platforms,
        context.store,
        config.contacts if config else (),
        config.incident_procedure_url if config else None,
        window._guarded,
        guides,
        answers=lambda: session.answers,
    )
    page.sig_full_check.connect(lambda: window._start("full"))
    page.sig_logged.connect(window.refresh)
    page.sig_logged.connect(lambda: show_recheck(window, page))
    show_recheck(window, page)
    return page


def show_recheck(window: MainWindow, page: IncidentPage) -> None:
    """Once an incident is logged, the page says by when to run a full check (the re-check moved closer)."""
    today = window.today()
    status = window.context.recheck_status(today)
    if status.incident is not None and (status.sooner is not None or status.last is None):
        page.show_recheck(status.next or today, today)
