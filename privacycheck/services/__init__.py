"""Services: the installed packs, updates, reminders, reports, managed configuration. No Qt."""
