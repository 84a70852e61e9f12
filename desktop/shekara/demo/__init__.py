"""The demo and the self-test: sample records for `shekara --demo` and the benchmarks, a demo
vault with its officers, and the installed program's `--self-test`.

Not a use case of the product: nothing a user does goes through here, and nothing in
`services/` imports it. It ranks above services (it drives them to fill vaults) and below the
front ends (`cli/` and `ui/` start it); tests/test_layers.py holds it there.
"""
