"""A real Secret Service for tests: a private D-Bus session bus with gnome-keyring-daemon, unlocked."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class NoSecretService(RuntimeError):
    pass


def available() -> bool:
    return all(shutil.which(tool) for tool in ("dbus-daemon", "gnome-keyring-daemon"))


@contextmanager
def secret_service(home: Path) -> Iterator[dict[str, str]]:
    """Start the bus and the keyring daemon; yield the environment variables that reach them."""
    if not available():
        raise NoSecretService("dbus-daemon and gnome-keyring-daemon are needed (Debian: dbus-daemon gnome-keyring)")
    runtime = home / "run"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1", "--nosyslog"],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    address, pid = bus.stdout.split()[:2]
    environment["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        keyring = subprocess.run(
            ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
            input="test-login-password",
            capture_output=True,
            text=True,
            env=environment,
            timeout=30,
        )
        if keyring.returncode != 0:
            raise NoSecretService(f"gnome-keyring-daemon failed: {keyring.stderr.strip()}")
        for line in keyring.stdout.splitlines():
            name, _, value = line.partition("=")
            if name and value:
                environment[name] = value
        _wait_for_service(environment)
        yield {
            key: environment[key]
            for key in ("DBUS_SESSION_BUS_ADDRESS", "HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME")
        }
    finally:
        os.kill(int(pid), signal.SIGTERM)  # the keyring daemon leaves with its bus


def _wait_for_service(environment: dict[str, str]) -> None:
    probe = (
        "import secretstorage\n"
        "c = secretstorage.dbus_init()\n"
        "col = secretstorage.get_default_collection(c)\n"
        "assert not col.is_locked()\n"
    )
    deadline = time.monotonic() + 15
    while True:
        import sys

        result = subprocess.run([sys.executable, "-c", probe], env=environment, capture_output=True, text=True)
        if result.returncode == 0:
            return
        if time.monotonic() > deadline:
            raise NoSecretService(f"the Secret Service did not come up: {result.stderr.strip()[-400:]}")
        time.sleep(0.2)
