"""Who signs (issue 11): officers' printed names, ranks and positions, and the installation's
unit and authority names, through the real command — set, listed, audited, refused when bad."""

from __future__ import annotations

from tests.cli.conftest import OFFICER, SECOND, SUPERVISOR, Shekara

NEW_PASS = "a-new-officers-passphrase-9"


def test_officer_add_with_a_printed_profile(shekara: Shekara) -> None:
    added = shekara.ok("officer", "add", "dana.k", "--role", "officer",
                       "--full-name", "Қасымова Дана Ерланқызы",
                       "--full-name-ru", "Касымова Дана Ерлановна",
                       "--rank", "лейтенант", "--position", "инспектор",
                       "--position-ru", "инспектор", "--json",
                       env={"SHEKARA_NEW_PASSPHRASE": NEW_PASS}).json()
    assert added["login"] == "dana.k" and added["full_name"] == "Қасымова Дана Ерланқызы"
    assert added["full_name_ru"] == "Касымова Дана Ерлановна" and added["rank_ru"] == ""
    listed = {o["login"]: o for o in shekara.ok("officer", "list", "--json").json()}
    assert listed["dana.k"]["rank"] == "лейтенант"
    assert listed[SUPERVISOR]["full_name"] == ""  # no profile yet: empty, not missing
    assert "Қасымова" in shekara.ok("officer", "list").out


def test_officer_edit_changes_only_what_is_given(shekara: Shekara) -> None:
    shekara.ok("officer", "edit", OFFICER, "--full-name", "Нұрланов Нұрлан",
               "--rank", "капитан")
    edited = shekara.ok("officer", "edit", OFFICER, "--rank-ru", "капитан",
                        "--position", "аға инспектор", "--json").json()
    assert (edited["full_name"], edited["rank"], edited["rank_ru"], edited["position"]) == (
        "Нұрланов Нұрлан", "капитан", "капитан", "аға инспектор")
    cleared = shekara.ok("officer", "edit", OFFICER, "--rank", "", "--json").json()
    assert cleared["rank"] == "" and cleared["full_name"] == "Нұрланов Нұрлан"
    entries = [e for e in shekara.ok("audit", "list", "--json").json()
               if e["action"] == "officer.edit"]
    assert [e["detail"]["fields"] for e in entries] == [
        ["full_name", "rank"], ["position", "rank_ru"], ["rank"]]
    assert "Нұрланов" not in str([e["detail"] for e in entries])  # names stay out of the log


def test_officer_profile_refusals(shekara: Shekara) -> None:
    shekara.refused("officer", "edit", OFFICER, "--rank", "x", officer=OFFICER, code=4)
    shekara.refused("officer", "edit", "nobody", "--rank", "x", code=5)
    shekara.refused("officer", "edit", OFFICER, code=2)  # nothing to change
    for bad in ("A" * 201, "Name\u202eevil", "\u200b\u200b", "Line\nbreak"):
        shekara.refused("officer", "edit", OFFICER, "--full-name", bad, code=2)
    # Spaces alone are refused, as for the installation's names ("" clears a field).
    shekara.ok("officer", "edit", OFFICER, "--rank", "капитан")
    refused = shekara.refused("officer", "edit", OFFICER, "--rank", "   ", code=2)
    assert "rank has nothing visible in it" in refused.err
    assert shekara.ok("officer", "edit", OFFICER, "--rank", "", "--json").json()["rank"] == ""
    # ... and they refuse the whole add, as any bad profile does: no officer without the rank.
    shekara.refused("officer", "add", "eve.y", "--rank", "   ",
                    env={"SHEKARA_NEW_PASSPHRASE": NEW_PASS}, code=2)
    assert "eve.y" not in [o["login"] for o in shekara.ok("officer", "list", "--json").json()]
    # A bad profile refuses the whole add: no officer without the name asked for.
    shekara.refused("officer", "add", "eve.x", "--full-name", "\u3164",
                    env={"SHEKARA_NEW_PASSPHRASE": NEW_PASS}, code=2)
    assert "eve.x" not in [o["login"] for o in shekara.ok("officer", "list", "--json").json()]
    assert shekara.ok("officer", "list", "--json").json()[0]["full_name"] == ""


def test_unit_and_authority_names_are_settings(shekara: Shekara) -> None:
    shekara.ok("settings", "set", "unit_name", "«Нұр жолы» өткізу пункті")
    shekara.ok("settings", "set", "unit_name_ru", "Пункт пропуска «Нур Жолы»")
    shekara.ok("settings", "set", "authority_name",
               "ҚР ҰҚК Шекара қызметі", officer=SECOND)
    shown = shekara.ok("settings", "show", "--json").json()
    assert shown["unit_name"] == "«Нұр жолы» өткізу пункті"
    assert shown["authority_name"] == "ҚР ҰҚК Шекара қызметі" and shown["authority_name_ru"] == ""
    assert shown["request_due_days"] == "30"
    shekara.ok("settings", "set", "request_due_days", "14")
    assert shekara.ok("settings", "show", "--json").json()["request_due_days"] == "14"
    for key, value in (("request_due_days", "0"), ("request_due_days", "366"),
                       ("unit_name", "x\u202e"), ("unit_name", "y" * 201)):
        shekara.refused("settings", "set", key, value, code=2)
    shekara.refused("settings", "set", "unit_name", "x", officer=OFFICER, code=4)


def test_settings_set_of_a_name_keeps_its_output_and_goes_through_the_service(
        shekara: Shekara) -> None:
    """The window's way (OfficialsService.set_names) is the command's: same output, same exit
    codes, same audit entry; a value of spaces alone is refused rather than clearing the name."""
    assert shekara.ok("settings", "set", "unit_name", " Пост  1 ").out == "unit_name = Пост  1\n"
    assert shekara.ok("settings", "set", "unit_name_ru", "Пост 1", "--json").json() == {
        "unit_name_ru": "Пост 1"}
    assert shekara.ok("settings", "set", "unit_name_ru", "").out == "unit_name_ru = \n"
    shekara.ok("settings", "set", "unit_name", "Пост  1")  # the same again: nothing changes
    entries = [e["detail"] for e in shekara.ok("audit", "list", "--action", "settings.change",
                                               "--json").json()]
    assert entries == [{"unit_name": "Пост  1"}, {"unit_name_ru": "Пост 1"}, {"unit_name_ru": ""}]
    for bad, reason in (("   ", "the name has nothing visible in it"),
                        ("\u00a0", "the name has nothing visible in it"),
                        ("a\x1bb", "the name holds a control or invisible character"),
                        ("y" * 201, "the name is longer than 200 characters")):
        refused = shekara.refused("settings", "set", "authority_name", bad, code=2)
        assert refused.err == f"shekara: error: {reason}\n"
        # A bad value is refused before the vault is opened: an officer hears the same.
        shekara.refused("settings", "set", "authority_name", bad, officer=OFFICER, code=2)
    shekara.refused("settings", "set", "authority_name", "x", officer=OFFICER, code=4)
    assert shekara.ok("settings", "show", "--json").json()["authority_name"] == ""
    assert len(shekara.ok("audit", "list", "--action", "settings.change", "--json").json()) == 3


def test_documents_print_the_names_never_the_logins(shekara: Shekara, tmp_path) -> None:
    from tests.cli.conftest import example_record
    from tests.reports.pdfcheck import flat, text

    shekara.ok("officer", "edit", SUPERVISOR, "--full-name", "Омаров Бауыржан",
               "--rank", "майор", "--position", "ауысым бастығы",
               "--position-ru", "начальник смены")
    shekara.ok("officer", "edit", OFFICER, "--full-name", "Ким Виктор", "--rank", "сержант",
               "--position", "инспектор")
    shekara.ok("settings", "set", "unit_name", "«Нұр жолы» өткізу пункті")
    [record_id] = shekara.add(example_record())
    shekara.ok("record", "approve", record_id, officer=SUPERVISOR)
    out = tmp_path / "incident.pdf"
    shekara.ok("report", "incident", record_id, "--lang", "kk", "--out", str(out))
    words = flat(text(out.read_bytes()))
    for expected in ("ауысым бастығы, майор Омаров Бауыржан",
                     "начальник смены, майор Омаров Бауыржан",
                     "инспектор, сержант Ким Виктор", "«Нұр жолы» өткізу пункті"):
        assert flat(expected) in words, expected
    assert SUPERVISOR not in words and OFFICER not in words
