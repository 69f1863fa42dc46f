"""Local storage: the encrypted SQLite store, keyring access, data directory, export and delete. No Qt."""
