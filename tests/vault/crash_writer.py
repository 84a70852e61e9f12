"""Child process for the crash test: adds records forever, printing each id once committed."""

from __future__ import annotations

import sys
from pathlib import Path

from shekara.services.session import Session
from shekara.vault.vault import Vault
from tests.cli.conftest import border_record
from tests.support.fast_kdf import install

install()  # the test suite's KDF policy, in this child process too


def main() -> None:
    directory, officer, passphrase, start = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    session = Session(Vault.open(Path(directory), officer, passphrase))
    n = start
    while True:
        n += 1
        [record_id] = session.records.add([border_record(f"Крашов{n}", "Тест", "LTU")])
        sys.stdout.write(f"{record_id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
