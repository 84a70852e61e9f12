"""Packets: the signed, encrypted files that travel on USB sticks (docs/packet-format.md).

Pure library, no database: `keys` (key sets, key ring), `enrollment` (key files, rotation),
`payload` (the plaintext body), `container` (seal / verify / open), `writer` (atomic write
with read-back), `inspect` (the public preamble). Imports only `shekara.domain` and
`shekara.errors`; every refusal is a `PacketError` with a `packet.*` message id.
"""
